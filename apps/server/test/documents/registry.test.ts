import { DomainError, defineDocument } from "@quartet/core";
import { describe, expect, it } from "vitest";
import {
  createPdfDocumentRegistry,
  drawTable,
  type PdfTools,
  renderPdf,
} from "../../src/documents/render/index.ts";
import { pdfText } from "./poppler.ts";

type Act = { number: string; works: string[] };

/** A plugin's own document, drawn with the same tools as the invoice. */
const act = defineDocument<Act, PdfTools>({
  type: "first-sale.act",
  render(model, tools) {
    tools.write(`Акт № ${model.number}`, { size: 13, bold: true });
    drawTable(
      tools,
      [{ header: "№", width: 24 }, { header: "Работа" }],
      model.works.map((work, i) => [String(i + 1), work]),
    );
  },
});

describe("document registry on the server", () => {
  it("holds the invoice and the proposal and renders a type a plugin registers", async () => {
    const registry = createPdfDocumentRegistry();
    expect(registry.types()).toEqual(["invoice", "proposal"]);
    registry.register(act);
    const pdf = await renderPdf(
      "first-sale.act",
      { number: "7", works: ["Настройка воронки"] },
      "ru",
      "Акт",
      registry,
    );
    const text = pdfText(pdf).replace(/\s+/g, " ");
    expect(text).toContain("Акт № 7");
    expect(text).toContain("Настройка воронки");
  });

  it("refuses a type nobody registered", async () => {
    const refusal = renderPdf("vip.contract", {}, "ru", "Договор");
    await expect(refusal).rejects.toBeInstanceOf(DomainError);
    await expect(refusal).rejects.toMatchObject({ code: "NOT_FOUND", params: { type: "vip.contract" } });
  });
});
