/** The type groups a client's feed can be narrowed to. */
export const typeGroups = ["notes", "calls", "meetings", "messages", "system"] as const;
/** One type group. */
export type TypeGroup = (typeof typeGroups)[number];

const typesOf = {
  notes: ["note"],
  calls: ["call"],
  meetings: ["meeting"],
  messages: ["message", "email"],
  system: ["stage-change", "handoff", "system"],
} as const satisfies Record<TypeGroup, readonly string[]>;

/**
 * The entry types of a group, as `core.timeline.list` takes them; undefined for all entries.
 *
 * @example typesOfGroup("messages") // ["message", "email"]
 */
export function typesOfGroup(group: TypeGroup | null) {
  return group ? [...typesOf[group]] : undefined;
}

/** Whether an entry carries the pin mark (`data.pinned`, set by `core.timeline.pin`). */
export function isPinned(data: unknown): boolean {
  return typeof data === "object" && data !== null && (data as { pinned?: unknown }).pinned === true;
}

/** A call's result and duration as the feed shows them, or null for an entry without them. */
export function callFacts(data: unknown): { result: string; durationSec: number } | null {
  const call = typeof data === "object" && data !== null ? (data as { call?: unknown }).call : undefined;
  if (typeof call !== "object" || call === null) return null;
  const { result, durationSec } = call as { result?: unknown; durationSec?: unknown };
  return typeof result === "string" && typeof durationSec === "number" ? { result, durationSec } : null;
}
