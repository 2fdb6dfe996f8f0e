import { type ClientInput, importMessages, type MessageRef } from "@quartet/core";
import { cardScalarFields } from "../clients/card-fields.ts";
import type { Verdict } from "./classify.ts";
import type { ValidRow } from "./read-row.ts";

/**
 * What the import does with a row matching a client already in the database: skip it, create it
 * anyway, fill the existing client's blanks from it (`update`), or add its contact to the existing
 * client (`attach`). A row repeating an earlier row of the file is skipped under the last two.
 */
export const duplicateChoices = ["skip", "create", "update", "attach"] as const;

/** One of `duplicateChoices`. */
export type DuplicateChoice = (typeof duplicateChoices)[number];

/** The existing client's fields `update` may fill (`cardScalarFields` and the phone and email lists): those that are blank there. */
export type FillableClient = Pick<
  ClientInput,
  | "legalName"
  | "inn"
  | "kpp"
  | "ogrn"
  | "website"
  | "address"
  | "region"
  | "city"
  | "industry"
  | "phones"
  | "emails"
>;

/**
 * The blanks of `existing` that `incoming` fills: each empty field (an empty phone or email list
 * counts as blank) takes the row's value; a field the client has is never overwritten.
 *
 * @example fillBlanks({ inn: null, city: "Москва", … }, { inn: "7707083893", city: "Тверь", … }) // { inn: "7707083893" }
 */
export function fillBlanks(existing: FillableClient, incoming: FillableClient): Partial<FillableClient> {
  const patch: Partial<FillableClient> = {};
  for (const field of cardScalarFields)
    if (!existing[field] && incoming[field]) patch[field] = incoming[field];
  if (existing.phones.length === 0 && incoming.phones.length > 0) patch.phones = incoming.phones;
  if (existing.emails.length === 0 && incoming.emails.length > 0) patch.emails = incoming.emails;
  return patch;
}

/**
 * What happens to a duplicate row, worded the same in the dry run and the real run: whether it
 * merges into the existing client, and its report message.
 */
export function duplicateOutcome(
  verdict: Verdict,
  choice: DuplicateChoice,
  row: ValidRow,
): { merge: "update" | "attach" | null; message: MessageRef } | null {
  const duplicate = verdict.duplicate;
  if (!duplicate) return null;
  if (choice === "create")
    return {
      merge: null,
      message: { key: importMessages.createdAnyway, params: { message: duplicate.message } },
    };
  const existing = verdict.existing;
  const params = { message: duplicate.message };
  if (existing && choice === "update")
    return { merge: "update", message: { key: importMessages.blanksFilled, params } };
  if (existing && choice === "attach" && row.contact)
    return { merge: "attach", message: { key: importMessages.contactAttached, params } };
  return { merge: null, message: duplicate.message };
}
