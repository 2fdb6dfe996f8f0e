import type { ActivityType } from "@quartet/db/org";

/** Entries a person logs by hand. */
export const loggedTypes = [
  "call",
  "meeting",
  "message",
  "email",
  "note",
] as const satisfies readonly ActivityType[];

/** Entries only Quartet writes: stage changes, handoffs, orders and payments. */
export const systemTypes = ["stage-change", "handoff", "system"] as const satisfies readonly ActivityType[];

/** Every kind of timeline entry. */
export const activityTypes = [...loggedTypes, ...systemTypes] as const;

/** True for a type a person may log. */
export function isLoggedType(type: ActivityType): type is (typeof loggedTypes)[number] {
  return (loggedTypes as readonly string[]).includes(type);
}
