import {
  clientInput,
  contactInput,
  lifecycleStages,
  optionalText,
  peopleMessages,
  recordMessages,
  salesFunctions,
} from "@quartet/core";
import { z } from "zod";

const clientId = z.string().min(1, recordMessages.chooseClient).max(100);

/** A new client: `clientInput` plus its first contacts, initial stage, source and the duplicate override. */
export const createClientInput = clientInput.safeExtend({
  stage: z.enum(lifecycleStages).default("prospect"),
  source: optionalText(100),
  contacts: z.array(contactInput).max(50, recordMessages.atMost50Contacts).default([]),
  /** Create even when a client with the same INN, phone, email or domain exists. */
  allowDuplicate: z.boolean().default(false),
});

/** What `createClient` takes (normalized). */
export type CreateClientInput = z.output<typeof createClientInput>;

/** An edit of a client: every `clientInput` field is replaced. `expectedUpdatedAt` guards against lost edits. */
export const updateClientInput = clientInput.safeExtend({
  id: clientId,
  expectedUpdatedAt: z.number().int().optional(),
});

/** What `updateClient` takes (normalized). */
export type UpdateClientInput = z.output<typeof updateClientInput>;

/** One client by id. */
export const clientIdInput = z.object({ id: clientId });

/** Raw fields to look for duplicates of, as a form holds them while the user types. */
export const checkDuplicatesInput = z.object({
  excludeId: z.string().max(100).optional(),
  name: z.string().max(300).default(""),
  inn: z.string().max(30).nullish(),
  phones: z.array(z.string().max(50)).max(40).default([]),
  emails: z.array(z.string().max(320)).max(40).default([]),
  website: z.string().max(500).nullish(),
});

/** A lifecycle move: moving back needs a `reason`, becoming a customer a `basis`. */
export const changeStageInput = z.object({
  clientId,
  to: z.enum(lifecycleStages),
  reason: optionalText(500),
  basis: z.enum(["first-payment", "manual"]).nullish(),
});

/** The responsible member of one function for a client; `null` clears it. */
export const setOwnerInput = z.object({
  clientId,
  function: z.enum(salesFunctions),
  userId: z.string().min(1, peopleMessages.chooseMember).max(100).nullable(),
});

/** Merge `fromId` into `intoId`: `from`'s records move, it disappears from lists. */
export const mergeInput = z.object({ intoId: clientId, fromId: clientId });
