import { money } from "@quartet/core";
import { describe, expect, it } from "vitest";
import { requisitesSchema } from "../contracts/settings.ts";
import { dealTotals } from "./deal-amount.ts";
import { type PrintableProposal, renderProposalHtml } from "./proposal-html.ts";

const lines = [
  {
    productId: null,
    name: "Сыр <Российский>",
    quantity: 1.5,
    price: money(100_000, "RUB"),
    discountPercent: 10,
  },
  { productId: null, name: "Доставка", quantity: 1, price: money(50_000, "RUB"), discountPercent: 0 },
];
const proposal = (over: Partial<PrintableProposal> = {}): PrintableProposal => ({
  locale: "ru",
  number: "P-000001",
  version: 2,
  issuedOn: "2026-01-15",
  validUntil: "2026-01-29",
  clientName: "ООО «Ромашка» & Co",
  sellerName: "ООО Квартет",
  lines,
  totals: dealTotals(lines, "RUB"),
  terms: "Предоплата 30 %.\nОтгрузка за 5 дней.",
  requisites: requisitesSchema.parse({ companyName: "ООО Продавец", inn: "7707083893", bik: "044525225" }),
  ...over,
});

describe("renderProposalHtml", () => {
  const html = renderProposalHtml(proposal());
  const nbsp = (s: string) => s.replace(/ /g, "\u00a0");

  it("is a self-contained document: no scripts, no outside resources", () => {
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).not.toMatch(/<script|<link|src=|https?:/i);
  });

  it("titles it in Russian with number, version and date", () => {
    expect(html).toContain("Коммерческое предложение № P-000001 (редакция 2) от 15.01.2026");
    expect(html).toContain("Предложение действительно до 29.01.2026");
  });

  it("prints money with core's formatting and the totals", () => {
    expect(html).toContain(nbsp("1 350,00 ₽"));
    expect(html).toContain(nbsp("1 850,00 ₽"));
    expect(html).toContain(`−${nbsp("150,00 ₽")}`);
    expect(html).toContain("10 %");
  });

  it("escapes every text", () => {
    expect(html).toContain("Сыр &lt;Российский&gt;");
    expect(html).toContain("ООО «Ромашка» &amp; Co");
  });

  it("prints the requisites that are filled, and the seller from them", () => {
    expect(html).toContain("<th>ИНН</th><td>7707083893</td>");
    expect(html).not.toContain("КПП");
    expect(html).toContain('<div class="seller">ООО Продавец</div>');
  });

  it("speaks English to an English organisation", () => {
    const en = renderProposalHtml(proposal({ locale: "en", requisites: requisitesSchema.parse({}) }));
    expect(en).toContain("Commercial proposal No. P-000001 (version 2) of Jan 15, 2026");
    expect(en).toContain('<div class="seller">ООО Квартет</div>');
    expect(en).not.toContain("Company details");
  });
});
