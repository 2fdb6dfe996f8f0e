import { formatMoney, type Locale, lineTotal, type OrderTotals } from "@quartet/core";
import type { Requisites } from "../contracts/settings.ts";
import type { DealLine } from "./deal-amount.ts";
import { escapeHtml as e, formatDate, formatQuantity } from "./html.ts";
import { proposalStyles } from "./proposal-styles.ts";
import { type ProposalTexts, proposalTexts } from "./proposal-texts.ts";

/** Everything a printed proposal shows; the requisites are the version's snapshot. */
export type PrintableProposal = {
  locale: Locale;
  number: string;
  version: number;
  issuedOn: string;
  validUntil: string;
  clientName: string;
  sellerName: string;
  lines: readonly DealLine[];
  totals: OrderTotals;
  terms: string;
  requisites: Requisites;
};

/**
 * A self-contained HTML document of a proposal (inline styles, no scripts or outside resources),
 * in the organisation's language with money through `formatMoney`; every text is escaped.
 * The admin app opens it in a new window to print.
 */
export function renderProposalHtml(p: PrintableProposal): string {
  const t = proposalTexts[p.locale];
  const seller = p.requisites.companyName || p.sellerName;
  const heading = `${t.title} ${t.number} ${p.number} (${t.version} ${p.version}) ${t.of} ${formatDate(p.issuedOn, p.locale)}`;
  return `<!doctype html>
<html lang="${p.locale}">
<head><meta charset="utf-8"><title>${e(heading)}</title><style>${proposalStyles}</style></head>
<body>
<header><div class="seller">${e(seller)}</div>${contactLine(p.requisites)}</header>
<h1>${e(heading)}</h1>
<p class="to">${e(t.to)}: <strong>${e(p.clientName)}</strong></p>
${linesTable(p, t)}
${p.terms.trim() ? `<section><h2>${e(t.terms)}</h2><p class="terms">${e(p.terms.trim())}</p></section>` : ""}
<p class="valid">${e(t.validUntil)} ${e(formatDate(p.validUntil, p.locale))}</p>
${requisitesBlock(seller, p.requisites, t)}
</body>
</html>
`;
}

function linesTable(p: PrintableProposal, t: ProposalTexts): string {
  const money = (m: Parameters<typeof formatMoney>[0]) => e(formatMoney(m, p.locale));
  const rows = p.lines
    .map((line, i) => {
      const total = lineTotal(line).total;
      const discount = line.discountPercent ? `${formatQuantity(line.discountPercent, p.locale)} %` : "—";
      return `<tr><td>${i + 1}</td><td>${e(line.name)}</td><td class="n">${e(formatQuantity(line.quantity, p.locale))}</td><td class="n">${money(line.price)}</td><td class="n">${discount}</td><td class="n">${money(total)}</td></tr>`;
    })
    .join("\n");
  const discountRows =
    p.totals.discount.amountMinor > 0
      ? `<tr><td colspan="5">${e(t.subtotal)}</td><td class="n">${money(p.totals.subtotal)}</td></tr>
<tr><td colspan="5">${e(t.discountTotal)}</td><td class="n">−${money(p.totals.discount)}</td></tr>`
      : "";
  return `<table>
<thead><tr><th>№</th><th>${e(t.item)}</th><th class="n">${e(t.quantity)}</th><th class="n">${e(t.price)}</th><th class="n">${e(t.discount)}</th><th class="n">${e(t.total)}</th></tr></thead>
<tbody>
${rows}
</tbody>
<tfoot>${discountRows}<tr class="grand"><td colspan="5">${e(t.grandTotal)}</td><td class="n">${money(p.totals.total)}</td></tr></tfoot>
</table>`;
}

function contactLine(r: Requisites): string {
  const parts = [r.address, r.phone, r.email].filter(Boolean).map(e);
  return parts.length ? `<div class="contacts">${parts.join(" · ")}</div>` : "";
}

function requisitesBlock(seller: string, r: Requisites, t: ProposalTexts): string {
  const rows: [string, string][] = [
    [t.inn, r.inn],
    [t.kpp, r.kpp],
    [t.ogrn, r.ogrn],
    [t.address, r.address],
    [t.bank, r.bankName],
    [t.bik, r.bik],
    [t.account, r.account],
    [t.correspondentAccount, r.correspondentAccount],
    [t.phone, r.phone],
    [t.email, r.email],
  ];
  const filled = rows.filter(([, value]) => value);
  if (filled.length === 0) return "";
  const items = filled
    .map(([label, value]) => `<tr><th>${e(label)}</th><td>${e(value)}</td></tr>`)
    .join("\n");
  return `<section class="requisites"><h2>${e(t.requisites)}</h2><p>${e(seller)}</p><table>\n${items}\n</table></section>`;
}
