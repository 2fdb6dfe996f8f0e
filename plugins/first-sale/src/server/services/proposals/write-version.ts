import { type CurrencyCode, DomainError, localDate, money, msg, newId, type WriteScope } from "@quartet/core";
import { m } from "../../../contracts/messages.ts";
import { proposalVersions, type StoredLine } from "../../../db/schema.ts";
import { type DealLine, dealTotals } from "../../../domain/deal-amount.ts";
import type { FirstSaleContext, OrgInfo } from "../../context.ts";

/** What a version holds before it is stored. */
export type VersionContent = { lines: readonly DealLine[]; terms: string; validUntil: string };

/**
 * Stores a version of a proposal: its lines and totals (core's `orderTotals`), terms, validity
 * and the organisation's name (the seller's requisites are core's, printed on the PDF). `BAD_INPUT` naming
 * `lines` without lines, `validUntil` for a date before today.
 */
export async function writeVersion(
  ctx: FirstSaleContext,
  scope: WriteScope,
  org: OrgInfo,
  target: { proposalId: string; version: number; currency: CurrencyCode },
  content: VersionContent,
) {
  const now = ctx.clock.now();
  const issuedOn = localDate(now, org.timeZone);
  if (content.lines.length === 0) {
    throw new DomainError("BAD_INPUT", m.proposalLines, {
      fields: { lines: m.oneLine },
    });
  }
  if (content.validUntil < issuedOn) {
    throw new DomainError("BAD_INPUT", m.proposalValidity, {
      fields: { validUntil: msg(m.chooseDateFrom, { date: issuedOn }) },
    });
  }
  const totals = dealTotals(content.lines, target.currency);
  const row = {
    id: newId("prv", now),
    proposalId: target.proposalId,
    version: target.version,
    lines: content.lines.map(storedLine),
    currency: target.currency,
    subtotalMinor: totals.subtotal.amountMinor,
    discountMinor: totals.discount.amountMinor,
    totalMinor: totals.total.amountMinor,
    terms: content.terms,
    validUntil: content.validUntil,
    requisites: {},
    sellerName: org.name,
    issuedOn,
    createdBy: ctx.actor.id,
    createdAt: now,
  };
  await scope.tx.insert(proposalVersions).values(row);
  return row;
}

/** A line as a version stores it. */
export function storedLine(line: DealLine): StoredLine {
  const { productId, name, quantity, price, discountPercent } = line;
  return { productId, name, quantity, priceMinor: price.amountMinor, discountPercent };
}

/** A stored line back as a domain line. */
export function dealLineOf(line: StoredLine, currency: CurrencyCode): DealLine {
  return { ...line, price: money(line.priceMinor, currency) };
}
