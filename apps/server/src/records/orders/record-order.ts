import {
  type CurrencyCode,
  lineTotal,
  localDate,
  newId,
  orderRecorded,
  orderTotals,
  type WriteScope,
} from "@quartet/core";
import { orderLines, orders } from "@quartet/db/org";
import { addActivity } from "../timeline/add-activity.ts";
import { orgSettings, parseInput, type RecordsContext } from "../timeline/context.ts";
import { visibleClient } from "../timeline/visible-client.ts";
import { type RecordOrderInput, recordOrderInput } from "./order-input.ts";
import { resolveLines } from "./order-lines.ts";
import { nextOrderNumber } from "./order-number.ts";
import { orderRecordedRef, orderRecordedText } from "./order-texts.ts";
import { lineOf, orderOf } from "./order-view.ts";

/**
 * Records an order for a client inside the caller's transaction: lines filled from the catalog,
 * totals via `orderTotals`, the next `Q-000123` number, `orderedOn` defaulting to today in the
 * organisation's time zone; emits `core.order.recorded` and puts it on the client's timeline.
 * The enabled plugins' price adjusters (`pricing` in a manifest) may raise a line's discount and
 * grant payment terms: the reason is stored on the line, the terms on the order.
 * Plugins (first sale) call it inside their own write and pass their deal id as `sourceRef`.
 *
 * @example await recordOrder(ctx, scope, { clientId, lines: [{ productId, quantity: 2 }], function: "first-sale", sourceRef: dealId })
 */
export async function recordOrder(ctx: RecordsContext, scope: WriteScope, raw: RecordOrderInput) {
  const input = parseInput(recordOrderInput, raw);
  const settings = await orgSettings(ctx);
  const currency = (input.currency ?? settings.currency) as CurrencyCode;
  const client = await visibleClient(ctx, input.clientId, scope.tx);
  const resolved = await resolveLines(scope.tx, input.lines, currency);
  const pricing = ctx.pricing
    ? await ctx.pricing(ctx, scope, { clientId: client.id, currency, lines: resolved })
    : null;
  const lines = resolved.map((line, i) => {
    const adjusted = pricing?.lines[i];
    return adjusted ? { ...line, discountPercent: adjusted.discountPercent } : line;
  });
  const totals = orderTotals(lines, currency);
  const now = ctx.clock.now();
  const row = {
    id: newId("ord", now),
    clientId: client.id,
    number: await nextOrderNumber(scope.tx),
    status: "confirmed" as const,
    currency,
    subtotalMinor: totals.subtotal.amountMinor,
    discountMinor: totals.discount.amountMinor,
    totalMinor: totals.total.amountMinor,
    paidMinor: 0,
    paymentStatus: totals.total.amountMinor === 0 ? ("paid" as const) : ("unpaid" as const),
    function: input.function ?? null,
    sourceRef: input.sourceRef ?? null,
    orderedOn: input.orderedOn ?? localDate(now, settings.timeZone),
    paymentTermsDays: pricing?.paymentTermsDays ?? null,
    note: input.note ?? null,
    createdBy: ctx.actor.id,
    createdAt: now,
    updatedAt: now,
  };
  const lineRows = lines.map((line, position) => ({
    id: newId("oln", now),
    orderId: row.id,
    position,
    productId: line.productId,
    name: line.name,
    quantity: line.quantity,
    unit: line.unit,
    priceMinor: line.price.amountMinor,
    discountPercent: line.discountPercent,
    totalMinor: lineTotal(line).total.amountMinor,
    adjustmentReason: pricing?.lines[position]?.reason ?? null,
  }));
  await scope.tx.insert(orders).values(row);
  await scope.tx.insert(orderLines).values(lineRows);
  await scope.emit(orderRecorded, {
    orderId: row.id,
    clientId: row.clientId,
    number: row.number,
    total: totals.total,
    orderedOn: row.orderedOn,
    function: row.function,
    sourceRef: row.sourceRef,
    lines: lineRows.map((l) => ({
      productId: l.productId,
      name: l.name,
      quantity: l.quantity,
      total: { amountMinor: l.totalMinor, currency },
    })),
  });
  await addActivity(scope, ctx.actor, now, {
    clientId: row.clientId,
    type: "system",
    function: row.function,
    body: orderRecordedText(settings.locale, row.number, totals.total),
    text: orderRecordedRef(row.number, totals.total),
    data: { event: "order-recorded", orderId: row.id, number: row.number, total: totals.total },
  });
  await scope.audit({
    action: "core.order.record",
    entity: "order",
    entityId: row.id,
    after: { ...row, lines: lineRows },
  });
  return { ...orderOf(row), lines: lineRows.map((l) => lineOf(l, currency)), payments: [] };
}
