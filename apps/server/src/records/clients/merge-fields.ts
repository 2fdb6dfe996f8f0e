import { type LifecycleStage, lifecycleStages } from "@quartet/core";
import { cardScalarFields } from "./card-fields.ts";
import type { ClientRow } from "./find-client.ts";

const fillable = [
  ...cardScalarFields,
  "source",
  "prospectingOwnerId",
  "firstSaleOwnerId",
  "farmingOwnerId",
  "vipOwnerId",
] as const;

/**
 * The fields `into` has after `from` is merged into it: its empty fields filled from `from`,
 * phones, emails and tags joined (tags without case repeats), custom fields it lacks added,
 * `vip` kept if either was. Its own values always win.
 */
export function mergedFields(into: ClientRow, from: ClientRow) {
  const filled: Partial<Pick<ClientRow, (typeof fillable)[number]>> = {};
  for (const key of fillable) if (into[key] === null && from[key] !== null) filled[key] = from[key];
  const seenTags = new Set(into.tags.map((tag) => tag.toLowerCase()));
  return {
    ...filled,
    phones: [...new Set([...into.phones, ...from.phones])],
    emails: [...new Set([...into.emails, ...from.emails])],
    tags: [...into.tags, ...from.tags.filter((tag) => !seenTags.has(tag.toLowerCase()))],
    customFields: { ...from.customFields, ...into.customFields },
    tier: into.tier === "vip" || from.tier === "vip" ? ("vip" as const) : into.tier,
  };
}

/** The stage `into` should reach after a merge: `from`'s when it is further along, else null. */
export function stageAfterMerge(into: ClientRow, from: ClientRow): LifecycleStage | null {
  return lifecycleStages.indexOf(from.stage) > lifecycleStages.indexOf(into.stage) ? from.stage : null;
}
