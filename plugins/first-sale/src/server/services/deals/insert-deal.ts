import { type CurrencyCode, newId, type WriteScope } from "@quartet/core";
import { dealLines, deals } from "../../../db/schema.ts";
import { type DealLine, dealAmount } from "../../../domain/deal-amount.ts";
import { dealTexts, entryText } from "../../../domain/deal-texts.ts";
import { type FirstSaleContext, type OrgInfo, recordsOf } from "../../context.ts";
import type { StageRow } from "../pipelines/load-pipeline.ts";
import { enterStage } from "./enter-stage.ts";
import { lineRows } from "./line-rows.ts";
import type { DealRow } from "./load-deal.ts";

/** Everything a new deal starts with. */
export type NewDeal = {
  clientId: string;
  title: string;
  stage: StageRow;
  contactId: string | null;
  hunterId: string | null;
  currency: CurrencyCode;
  estimateMinor: number;
  lines: readonly DealLine[];
  expectedCloseOn: string | null;
  source: string | null;
  leadRequestId: string | null;
  leadQualifiedAt: number | null;
  nextStep: { text?: string | null; taskId?: string | null; dueOn?: string | null } | undefined;
};

/**
 * Opens a deal inside the caller's transaction: the deal, its lines (amount from them via core's
 * `orderTotals`), the first history row, the client moved forward to `negotiation`, a timeline
 * entry and the audit record.
 */
export async function insertDeal(
  ctx: FirstSaleContext,
  scope: WriteScope,
  org: OrgInfo,
  input: NewDeal,
): Promise<DealRow> {
  const records = recordsOf(ctx);
  const now = ctx.clock.now();
  const row: DealRow = {
    id: newId("deal", now),
    title: input.title,
    pipelineId: input.stage.pipelineId,
    stageId: input.stage.id,
    status: "open",
    clientId: input.clientId,
    contactId: input.contactId,
    hunterId: input.hunterId,
    currency: input.currency,
    amountMinor: dealAmount(input.lines, input.currency, input.estimateMinor).amountMinor,
    estimateMinor: input.estimateMinor,
    expectedCloseOn: input.expectedCloseOn,
    source: input.source,
    leadRequestId: input.leadRequestId,
    leadQualifiedAt: input.leadQualifiedAt,
    stageEnteredAt: now,
    lostReason: null,
    lostNote: null,
    lostAt: null,
    contractSignedAt: null,
    wonAt: null,
    wonBasis: null,
    orderId: null,
    orderNumber: null,
    paidMinor: 0,
    paidShare: 0,
    nextStepText: input.nextStep?.text || null,
    nextStepTaskId: input.nextStep?.taskId ?? null,
    nextStepDueOn: input.nextStep?.dueOn ?? null,
    createdBy: ctx.actor.id,
    createdAt: now,
    updatedAt: now,
  };
  await scope.tx.insert(deals).values(row);
  if (input.lines.length) await scope.tx.insert(dealLines).values(lineRows(row.id, input.lines, now));
  await enterStage(scope, { dealId: row.id, from: null, to: row.stageId, at: now, by: ctx.actor.id });
  await records.clients.moveStageIfForward(scope, row.clientId, "negotiation", `Deal ${row.title}`, {
    reasonCode: "deal-created",
    reasonParams: { title: row.title, dealId: row.id },
  });
  await records.timeline.add(scope, {
    clientId: row.clientId,
    type: "system",
    function: "first-sale",
    ...entryText(org.locale, dealTexts.opened(row.title, input.stage.name), {
      event: "deal-opened",
      dealId: row.id,
      leadRequestId: row.leadRequestId,
    }),
  });
  await scope.audit({ action: "first-sale.deal.create", entity: "deal", entityId: row.id, after: row });
  return row;
}
