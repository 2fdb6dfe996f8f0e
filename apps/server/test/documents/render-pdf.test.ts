import { describe, expect, it } from "vitest";
import { renderBusinessDocument } from "../../src/documents/render/index.ts";
import { invoice, invoiceLines, manyLines, proposal } from "./fixtures.ts";
import { pdfFonts, pdfImages, pdfPages, pdfText, pdfToPngs } from "./poppler.ts";

/** Collapses poppler's layout spacing, so a phrase can be found whatever the column gaps. */
const flat = (text: string) => text.replace(/[\s\u00a0]+/g, " ");

describe("invoice PDF", () => {
  it("carries the logo, stamp and signature, the seller's bank requisites, the buyer, the sums and the amount in words as selectable Russian text", async () => {
    const pdf = await renderBusinessDocument(invoice("ru"));
    const text = flat(pdfText(pdf));
    expect(text).toContain("Счёт на оплату № 2026-000123 от 7 декабря 2026 г.");
    for (const part of [
      "ПАО СБЕРБАНК г. Москва",
      "БИК",
      "044525225",
      "30101810400000000225",
      "40702810938000012345",
    ]) {
      expect(text).toContain(part);
    }
    expect(text).toContain("ИНН 7707083893");
    expect(text).toContain("КПП 773601001");
    expect(text).toContain("АО «Северный ветер», ИНН 7812014560");
    expect(text).toContain("Товары (работы, услуги)");
    expect(text).toContain("В том числе НДС: 33 108,19");
    expect(text).toContain("Всего к оплате: 183 600,00");
    expect(text).toContain("Всего наименований 3, на сумму 183 600,00 ₽");
    expect(text).toContain("Сто восемьдесят три тысячи шестьсот рублей 00 копеек");
    expect(text).toContain("Условия оплаты: отсрочка 30 календарных дней");
    expect(text).toMatch(/Руководитель .*Иванов И\. И\./);
    expect(pdfPages(pdf)).toBe(1);
    expect(pdfImages(pdf)).toEqual(["140x48", "90x90", "80x32"]);
    pdfToPngs(pdf, "invoice-ru");
  });

  it("embeds its fonts as subsets (no system fonts, a small file)", async () => {
    const pdf = await renderBusinessDocument(invoice("ru"));
    const fonts = pdfFonts(pdf);
    expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, "")).sort()).toEqual([
      "DejaVuSansCondensed",
      "DejaVuSansCondensed-Bold",
    ]);
    expect(fonts.every((f) => f.embedded && f.subset && f.unicode)).toBe(true);
    expect(pdf.byteLength).toBeLessThan(60_000);
  });

  it("words an English invoice in English", async () => {
    const text = flat(pdfText(await renderBusinessDocument(invoice("en"))));
    expect(text).toContain("Invoice No. 2026-000123 of 7 December 2026");
    expect(text).toContain("Including VAT: 33,108.19");
    expect(text).toContain("Total due: 183,600.00");
    expect(text).toContain("One hundred eighty-three thousand six hundred rubles and 00 kopecks");
    expect(text).not.toMatch(/Итого|Всего к оплате/);
    pdfToPngs(await renderBusinessDocument(invoice("en")), "invoice-en");
  });

  it("says «НДС» for VAT on top of the prices, the total due adding it", async () => {
    const text = flat(pdfText(await renderBusinessDocument(invoice("ru", invoiceLines, "added"))));
    expect(text).toContain("Итого: 183 600,00");
    expect(text).toContain("НДС: 40 392,00");
    expect(text).not.toContain("В том числе НДС");
    expect(text).toContain("Всего к оплате: 223 992,00");
    expect(text).toContain("Двести двадцать три тысячи девятьсот девяносто два рубля 00 копеек");
  });

  it("gives the VAT of each rate on its own row when the lines carry several", async () => {
    const lines = [
      ...invoiceLines,
      {
        name: "Книга «Продажи по телефону»",
        quantity: "2",
        unit: "шт",
        unitPriceMinor: 110_000,
        vatRate: "vat10" as const,
      },
    ];
    const pdf = await renderBusinessDocument(invoice("ru", lines));
    const text = flat(pdfText(pdf));
    expect(text).toContain("В том числе НДС 22%: 33 108,19");
    expect(text).toContain("В том числе НДС 10%: 200,00");
    expect(text).toContain("Всего к оплате: 185 800,00");
    pdfToPngs(pdf, "invoice-ru-two-rates");
  });

  it("runs 60 lines over several pages, repeating the table's header and numbering the pages", async () => {
    const pdf = await renderBusinessDocument(invoice("ru", manyLines(60)));
    const pages = pdfPages(pdf);
    expect(pages).toBeGreaterThanOrEqual(2);
    const perPage = pdfText(pdf)
      .split("\f")
      .filter((page) => page.trim());
    expect(perPage).toHaveLength(pages);
    for (const page of perPage) expect(flat(page)).toContain("Товары (работы, услуги)");
    expect(flat(perPage[0] ?? "")).toContain(`Страница 1 из ${pages}`);
    expect(flat(perPage.at(-1) ?? "")).toContain("Всего наименований 60, на сумму 122 380,00 ₽");
    expect(flat(pdfText(pdf))).toContain("Позиция прайс-листа № 60,");
    expect(flat(perPage.at(-1) ?? "")).toContain(
      "Сто двадцать две тысячи триста восемьдесят рублей 00 копеек",
    );
    pdfToPngs(pdf, "invoice-ru-60-lines");
  });
});

describe("proposal PDF", () => {
  it("shows the intro, the lines without VAT, validity and the manager in Russian", async () => {
    const pdf = await renderBusinessDocument(proposal("ru"));
    const text = flat(pdfText(pdf));
    expect(text).toContain("Коммерческое предложение № КП-45 от 7 декабря 2026 г.");
    expect(text).toContain("Благодарим за интерес к Quartet CRM.");
    expect(text).toContain("Без НДС");
    expect(text).not.toContain("В том числе НДС");
    expect(text).toContain("Итого по предложению: 180 000,00");
    expect(text).toContain("Сто восемьдесят тысяч рублей 00 копеек");
    expect(text).toContain("Предложение действительно до 31 декабря 2026 г.");
    expect(text).toContain("Ваш менеджер: Смирнова Ольга, +7 495 500-55-51");
    pdfToPngs(pdf, "proposal-ru");
  });

  it("words an English proposal in English", async () => {
    const pdf = await renderBusinessDocument(proposal("en"));
    const text = flat(pdfText(pdf));
    expect(text).toContain("Commercial proposal No. КП-45 of 7 December 2026");
    expect(text).toContain("No VAT");
    expect(text).toContain("This proposal is valid until 31 December 2026.");
    pdfToPngs(pdf, "proposal-en");
  });
});
