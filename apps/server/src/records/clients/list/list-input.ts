import { clientTiers, lifecycleStages, salesFunctions } from "@quartet/core";
import { z } from "zod";

const text = (max: number) => z.string().trim().min(1).max(max).optional();

/** What narrows the client list and its count. Dates are UTC instants in ms, `createdTo` exclusive. */
export const clientFilters = z.object({
  /** An INN, phone, email or domain finds by that key; other text by the start of the name. */
  search: z.string().trim().max(200).optional(),
  stage: z.enum(lifecycleStages).optional(),
  tier: z.enum(clientTiers).optional(),
  region: text(200),
  industry: text(200),
  tag: text(50),
  ownerId: text(100),
  /** With `ownerId`: responsible for this function only. */
  function: z.enum(salesFunctions).optional(),
  createdFrom: z.number().int().min(0).optional(),
  createdTo: z.number().int().min(0).optional(),
});

/** The filters of the client list. */
export type ClientFilters = z.output<typeof clientFilters>;

/** The keys a list can be sorted by. */
export const clientSorts = ["updatedAt", "createdAt", "name"] as const;

/** One page of the client list: filters, sort, `limit` ≤ 200 and the opaque `cursor` of the page before. */
export const listClientsInput = clientFilters.extend({
  sort: z.enum(clientSorts).default("updatedAt"),
  /** Default: newest first for dates, A→Z for names. */
  order: z.enum(["asc", "desc"]).optional(),
  limit: z.number().int().min(1).max(200).default(50),
  cursor: z.string().max(1000).nullish(),
});

/** What `listClients` takes. */
export type ListClientsInput = z.output<typeof listClientsInput>;
