import { type DocumentDraft, DomainError } from "@quartet/core";
import { describe, expect, it } from "vitest";
import { type AssembleInput, assembleDocument } from "./assemble.ts";
import type { SellerCard } from "./seller.ts";

const seller: SellerCard = {
  party: { name: "ООО «Квартет»", inn: "7707083893" },
  director: { fullName: "Иванов И. И.", position: "Генеральный директор" },
  images: {},
  vatMode: "vat22",
  paymentDays: 5,
};
const line = { name: "Аудит", unit: "усл.", quantity: "1", unitPriceMinor: 12_200 };
const draft: DocumentDraft = { clientId: "cli_1", lines: [line] };
const input = (over: Partial<AssembleInput> = {}): AssembleInput => ({
  type: "invoice",
  locale: "ru",
  draft,
  seller,
  buyer: { name: "АО «Ветер»" },
  issuer: { fullName: "Ольга", email: "olga@example.com" },
  ...over,
});

describe("assembleDocument", () => {
  it.each([
    ["the seller's mode when a line has none", seller, draft, 2_200, "vat22"],
    ["none under «без НДС»", { ...seller, vatMode: "none" as const }, draft, undefined, "none"],
    [
      "the line's own rate over the mode",
      seller,
      { ...draft, lines: [{ ...line, vatRate: "vat10" as const }] },
      1_109,
      "vat10",
    ],
    ["VAT on top when the draft says added", seller, { ...draft, pricing: "added" as const }, 2_684, "vat22"],
  ])("takes %s", (_, card, d, vat, rate) => {
    const model = assembleDocument(input({ seller: card, draft: d }));
    expect(model.totals.vat?.amountMinor).toBe(vat);
    expect(model.lines[0]?.vat).toEqual(
      rate === "none" ? { kind: "none" } : expect.objectContaining({ kind: "rate" }),
    );
  });

  it.each([
    ["the draft's deferral", { ...draft, paymentTermsDays: 30 }, seller, "оплата в течение 30 дней"],
    [
      "the organisation's usual days",
      { ...draft, paymentTermsDays: null },
      seller,
      "оплата в течение 5 дней",
    ],
    ["nothing when neither is set", draft, { ...seller, paymentDays: null }, undefined],
  ])("words the payment terms from %s", (_, d, card, terms) => {
    expect(assembleDocument(input({ draft: d, seller: card })).paymentTerms).toBe(terms);
  });

  it("writes the total in words in the document's language", () => {
    expect(assembleDocument(input()).totals.totalInWords).toBe("Сто двадцать два рубля 00 копеек");
    expect(assembleDocument(input({ locale: "en" })).totals.totalInWords).toMatch(/^One hundred twenty-two/);
  });

  it("names the issuer as the manager unless the draft names one", () => {
    expect(assembleDocument(input()).manager).toEqual({ fullName: "Ольга", email: "olga@example.com" });
    const manager = { fullName: "Борис", phone: "+79990000000" };
    expect(assembleDocument(input({ draft: { ...draft, manager } })).manager).toEqual(manager);
  });

  it("carries the seller's signatories and a plugin's extra data", () => {
    const model = assembleDocument(input({ draft: { ...draft, extra: { act: 7 } } }));
    expect(model.director?.fullName).toBe("Иванов И. И.");
    expect(model.extra).toEqual({ act: 7 });
  });

  it("refuses a draft without lines at subjectId, and a bad line at its field", () => {
    const empty = () => assembleDocument(input({ draft: { ...draft, lines: [] } }));
    expect(empty).toThrow(DomainError);
    expect(empty).toThrow(expect.objectContaining({ code: "BAD_INPUT", key: "core.documents.noLines" }));
    const bad = () => assembleDocument(input({ draft: { ...draft, lines: [{ ...line, quantity: "0" }] } }));
    expect(bad).toThrow(expect.objectContaining({ code: "BAD_INPUT" }));
    try {
      bad();
    } catch (error) {
      expect(Object.keys((error as DomainError).fields ?? {})).toEqual(["lines.0.quantity"]);
    }
  });
});
