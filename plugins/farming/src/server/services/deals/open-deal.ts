import { type CurrencyCode, newId, type WriteScope } from "@quartet/core";
import { deals } from "../../../db/schema.ts";
import type { DealStage } from "../../../domain/deal-flow.ts";
import { searchText } from "../../../domain/search-text.ts";
import type { FarmingContext, OrgInfo } from "../../context.ts";
import { dealTexts } from "./deal-texts.ts";
import type { DealRow } from "./load-deal.ts";
import { recordStep } from "./record-step.ts";
import { addDealEntry } from "./timeline-entry.ts";

/** Everything a new expansion deal starts with; references are checked by the caller. */
export type NewDeal = {
  clientId: string;
  title: string;
  kind: DealRow["kind"];
  categoryId: string | null;
  stage: DealStage;
  farmerId: string | null;
  currency: CurrencyCode;
  amountMinor: number;
  expectedCloseOn: string | null;
  note: string | null;
  /** The whitespace offer it comes from, if any (one deal per offer). */
  offerId: string | null;
};

/**
 * Opens an expansion deal inside the caller's transaction: the deal, its first history row, a
 * timeline entry (`farming.deal.opened`) and the audit record. `deals.create` and accepting a
 * whitespace offer both open deals through it.
 */
export async function openDeal(
  ctx: FarmingContext,
  scope: WriteScope,
  org: OrgInfo,
  input: NewDeal,
): Promise<DealRow> {
  const now = ctx.clock.now();
  const { stage, ...fields } = input;
  const row: DealRow = {
    ...fields,
    titleSearch: searchText(fields.title),
    id: newId("deal", now),
    stageKey: stage.key,
    status: "open",
    orderId: null,
    orderNumber: null,
    wonOrderId: null,
    wonAt: null,
    lostReason: null,
    lostNote: null,
    lostAt: null,
    stageEnteredAt: now,
    createdBy: ctx.actor.id,
    createdAt: now,
    updatedAt: now,
  };
  await scope.tx.insert(deals).values(row);
  await recordStep(scope, { dealId: row.id, from: null, to: stage.key, by: ctx.actor.id, at: now });
  await addDealEntry(ctx, scope, {
    clientId: row.clientId,
    text: dealTexts.opened(row.title, stage.name[org.locale]),
    locale: org.locale,
    code: "farming.deal.opened",
    params: { dealId: row.id, title: row.title, stageKey: stage.key },
  });
  await scope.audit({ action: "farming.deal.create", entity: "deal", entityId: row.id, after: row });
  return row;
}
