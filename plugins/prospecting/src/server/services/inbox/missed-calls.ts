import { requests } from "../../../db/requests.ts";
import type { ProspectingContext } from "../../context.ts";

/** The columns of a request that say whether the call that opened it was missed and called back. */
export const missedCallColumns = {
  missedAt: requests.missedAt,
  calledBackAt: requests.calledBackAt,
  callbackTaskId: requests.callbackTaskId,
};

type MissedColumns = { missedAt: number | null; calledBackAt: number | null; callbackTaskId: string | null };

/** A missed call as the inbox shows it: when, and whether it still waits for a callback. */
export type MissedCall = { at: number; waiting: boolean };

/**
 * Requests with their missed call worded for the inbox (`missedCall`, null when the call was not
 * missed): it waits until an answered call to the number (`calledBackAt`) or its callback task is
 * done — read from core's open prospecting tasks in one go.
 */
export async function withMissedCalls<T extends MissedColumns>(
  ctx: ProspectingContext,
  rows: readonly T[],
): Promise<(Omit<T, keyof MissedColumns> & { missedCall: MissedCall | null })[]> {
  const pending = rows.some(
    (row) => row.missedAt !== null && row.calledBackAt === null && row.callbackTaskId,
  );
  const open = pending
    ? new Set((await ctx.records.tasks.open({ function: "prospecting" })).map((task) => task.id))
    : new Set<string>();
  return rows.map(({ missedAt, calledBackAt, callbackTaskId, ...rest }) => ({
    ...rest,
    missedCall:
      missedAt === null
        ? null
        : {
            at: missedAt,
            waiting: calledBackAt === null && (callbackTaskId === null || open.has(callbackTaskId)),
          },
  }));
}

/** One request with its missed call, as `withMissedCalls` words it. */
export async function withMissedCall<T extends MissedColumns>(ctx: ProspectingContext, row: T) {
  const [shown] = await withMissedCalls(ctx, [row]);
  if (!shown) throw new Error("withMissedCalls dropped a row");
  return shown;
}
