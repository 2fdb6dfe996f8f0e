import type { DocumentLine } from "@quartet/core";
import { formatAmount, formatQuantity } from "./format.ts";
import type { PdfTools } from "./pdf-tools.ts";
import { drawTable, type TableColumn } from "./table.ts";

/**
 * The numbered lines table: №, Товары (работы, услуги), Кол-во, Ед., Цена, Сумма, with the
 * discount (Скидка) when any line has one, so quantity × price − discount is the sum printed,
 * and the line's VAT rate and VAT amount (Ставка НДС, Сумма НДС) when any line carries VAT.
 */
export function drawLinesTable(tools: PdfTools, lines: readonly DocumentLine[], keepAfter: number): void {
  const { labels: l, locale } = tools;
  const withVat = lines.some((line) => line.vat.kind === "rate");
  const withDiscount = lines.some((line) => line.discount !== undefined);
  const columns: TableColumn[] = [
    { header: l.lineNo, width: 24, align: "center" },
    { header: l.lineName },
    { header: l.quantity, width: 48, align: "right" },
    { header: l.unit, width: 36, align: "left" },
    { header: l.price, width: 72, align: "right" },
    ...(withDiscount ? ([{ header: l.discount, width: 60, align: "right" }] as const) : []),
    ...(withVat
      ? ([
          { header: l.vat, width: 40, align: "right" },
          { header: l.vatSum, width: 64, align: "right" },
        ] as const)
      : []),
    { header: l.sum, width: 80, align: "right" },
  ];
  const rows = lines.map((line, index) => [
    String(index + 1),
    line.name,
    formatQuantity(line.quantity, locale),
    line.unit,
    formatAmount(line.price, locale),
    ...(withDiscount ? [line.discount ? formatAmount(line.discount, locale) : "—"] : []),
    ...(withVat
      ? line.vat.kind === "rate"
        ? [`${line.vat.ratePercent}%`, formatAmount(line.vatAmount, locale)]
        : ["—", "—"]
      : []),
    formatAmount(line.total, locale),
  ]);
  drawTable(tools, columns, rows, keepAfter);
}
