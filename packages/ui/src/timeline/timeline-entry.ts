/** The parts of a timeline entry (as `core.timeline.list` returns it) that its display text needs. */
export type TimelineEntryText = {
  readonly type: string;
  readonly body: string;
  readonly clientId?: string;
  readonly data?: unknown;
  readonly function?: string | null;
  readonly authorId?: string;
  readonly authorName?: string;
};

/** The entry's data as a record, whatever the server stored. */
export function dataOf(entry: TimelineEntryText): Readonly<Record<string, unknown>> {
  return typeof entry.data === "object" && entry.data !== null ? (entry.data as Record<string, unknown>) : {};
}

/** A data field that is a non-empty string, or undefined. */
export function textField(data: Readonly<Record<string, unknown>>, key: string): string | undefined {
  const value = data[key];
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}
