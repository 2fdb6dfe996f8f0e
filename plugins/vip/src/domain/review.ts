import { addMonths } from "@quartet/core";

/**
 * The date of a client's next account review: `periodMonths` after the last review, or after
 * the client entered its tier when it has not been reviewed since (a review from an earlier
 * spell in the program does not count).
 *
 * @example nextReviewOn({ lastReviewOn: "2025-11-30", tierSince: "2025-01-10", periodMonths: 3 }) // "2026-02-28"
 */
export function nextReviewOn(input: {
  lastReviewOn: string | null;
  tierSince: string;
  periodMonths: number;
}): string {
  const last = input.lastReviewOn;
  return addMonths(last !== null && last > input.tierSince ? last : input.tierSince, input.periodMonths);
}

/** True when the review date has come (it is due on the day itself). */
export function isReviewDue(nextOn: string, today: string): boolean {
  return nextOn <= today;
}
