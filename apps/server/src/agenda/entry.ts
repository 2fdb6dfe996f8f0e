import type { AgendaItem, AgendaKind } from "@quartet/core/plugin";

/**
 * One line of "My work", from core's tasks or a plugin's agenda: `source` is `core` or the
 * plugin's id, `key` unique across sources; `date` the business date of `at` in the
 * organisation's zone (the week view's column); `clientVisible` whether the viewer may open the
 * client's page (a caller sees a callback's client only on the call screen).
 */
export type AgendaEntry = {
  key: string;
  source: string;
  id: string;
  kind: AgendaKind;
  title: string | null;
  client: { id: string; name: string } | null;
  clientVisible: boolean;
  at: number;
  date: string;
  href: string | null;
  /** Only tasks: a client waits for an answer (VIP's first-response time). */
  mark: string | null;
};

/** A plugin's item as an entry (`date` and `clientVisible` filled by the caller). */
export function entryOfItem(source: string, item: AgendaItem): Omit<AgendaEntry, "date" | "clientVisible"> {
  const { permission: _, ...rest } = item;
  return { ...rest, key: `${source}:${item.id}`, source, mark: null };
}
