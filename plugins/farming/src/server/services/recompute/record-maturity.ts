import type { WriteScope } from "@quartet/core";
import { maturityChanged } from "../../../contracts/events.ts";
import { maturityTimelineText } from "../../../domain/texts.ts";
import type { FarmingContext, OrgInfo } from "../../context.ts";
import type { AccountRow, PreviousAccount } from "./read-facts.ts";

/**
 * A move on the maturity ladder (either way) goes on the client's timeline, worded in the
 * organisation's language with `{ code: "farming.maturity", from, to, reasons }` beside it, and
 * emits `farming.maturity.changed`. A client's first placement is not a move.
 */
export async function recordMaturity(
  ctx: FarmingContext,
  scope: WriteScope,
  org: OrgInfo,
  previous: PreviousAccount | undefined,
  account: AccountRow,
): Promise<void> {
  if (!previous || previous.maturity === account.maturity) return;
  const from = previous.maturity;
  const to = account.maturity;
  const reasons = account.maturityReasons;
  await ctx.records.timeline.add(scope, {
    clientId: account.clientId,
    type: "system",
    function: "farming",
    body: maturityTimelineText(org.locale, from, to, reasons, org.currency),
    data: { code: "farming.maturity", params: { from, to }, from, to, reasons },
  });
  await scope.emit(maturityChanged, { clientId: account.clientId, from, to, reasons, at: ctx.clock.now() });
}
