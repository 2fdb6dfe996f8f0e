/** The part of a deal that tells whether its next step is overdue. */
export type NextStepFacts = { status: "open" | "won" | "lost"; nextStepDueOn: string | null };

/**
 * True when an open deal's next step was due before `today` (business dates, `YYYY-MM-DD`, in the
 * organisation's time zone): the same rule as the board's "next step overdue" filter in SQL.
 *
 * @example nextStepOverdue({ status: "open", nextStepDueOn: "2026-01-14" }, "2026-01-15") // true
 */
export function nextStepOverdue(deal: NextStepFacts, today: string): boolean {
  return deal.status === "open" && deal.nextStepDueOn !== null && deal.nextStepDueOn < today;
}
