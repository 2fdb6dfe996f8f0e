import { inArray } from "drizzle-orm";
import { calls } from "../../../db/calling.ts";
import type { ProspectingContext } from "../../context.ts";
import { type ListFilter, matchingClientIds } from "./matching-client-ids.ts";

const chunk = 500;

/**
 * How many clients a filter would put on a list, before building it: `matched` clients the
 * actor sees, `neverCalled` of them prospecting has not called yet, `truncated` when more
 * matched than one list takes. Phones and the do-not-call list are checked when the list is built.
 */
export async function previewList({
  ctx,
  input,
}: {
  ctx: ProspectingContext;
  input: { filter: ListFilter };
}): Promise<{ matched: number; neverCalled: number; truncated: boolean }> {
  const { ids, truncated } = await matchingClientIds(ctx, input.filter);
  let called = 0;
  for (let i = 0; i < ids.length; i += chunk) {
    const rows = await ctx.org.db
      .selectDistinct({ clientId: calls.clientId })
      .from(calls)
      .where(inArray(calls.clientId, ids.slice(i, i + chunk)));
    called += rows.length;
  }
  return { matched: ids.length, neverCalled: ids.length - called, truncated };
}
