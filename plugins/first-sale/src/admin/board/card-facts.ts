/** How a next step's date stands against today: past it, or still ahead (today included). */
export type DueState = "overdue" | "ahead";

/**
 * Whether a next step's business date (`YYYY-MM-DD`) has passed on `today`; null without a date.
 *
 * @example dueState("2026-12-06", "2026-12-07") // "overdue"
 */
export function dueState(dueOn: string | null | undefined, today: string): DueState | null {
  if (!dueOn) return null;
  return dueOn < today ? "overdue" : "ahead";
}

/** Today's business date where the browser is, `YYYY-MM-DD`. */
export function localToday(at: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/**
 * The company line of a card: the client's name unless the title already says it (a deal is
 * named after its client when created without a title), so the card does not repeat itself.
 *
 * @example companyLine("ООО Ромашка", "ООО Ромашка") // null
 */
export function companyLine(title: string, clientName: string): string | null {
  if (!clientName || title.trim().toLowerCase() === clientName.trim().toLowerCase()) return null;
  return clientName;
}
