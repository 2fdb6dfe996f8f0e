import type { PdfTools } from "./pdf-tools.ts";

/** A column of a bordered table: its header, its width in points (one column may take the rest) and alignment. */
export type TableColumn = {
  readonly header: string;
  readonly width?: number;
  readonly align?: "left" | "right" | "center";
};

const padding = 3;

/**
 * Draws a bordered table at the cursor: a bold header row, then the rows; a row that does not
 * fit goes to a new page, where the header is drawn again. `keepAfter` points are kept free
 * under the last row (so the sums do not land alone on the next page).
 */
export function drawTable(
  tools: PdfTools,
  columns: readonly TableColumn[],
  rows: readonly (readonly string[])[],
  keepAfter = 0,
): void {
  const fixed = columns.reduce((total, c) => total + (c.width ?? 0), 0);
  const widths = columns.map((c) => c.width ?? tools.width - fixed);
  const header = columns.map((c) => c.header);
  const drawHeader = () => drawRow(tools, widths, columns, header, true);
  drawHeader();
  rows.forEach((row, index) => {
    const height = rowHeight(tools, widths, row, false);
    const isLast = index === rows.length - 1;
    if (tools.ensureRoom(height + (isLast ? keepAfter : 0))) drawHeader();
    drawRow(tools, widths, columns, row, false);
  });
  tools.y += 6;
}

function rowHeight(
  tools: PdfTools,
  widths: readonly number[],
  cells: readonly string[],
  bold: boolean,
): number {
  const heights = cells.map((cell, i) =>
    tools.heightOf(cell, { width: (widths[i] ?? 0) - 2 * padding, bold }),
  );
  return Math.max(...heights) + 2 * padding;
}

function drawRow(
  tools: PdfTools,
  widths: readonly number[],
  columns: readonly TableColumn[],
  cells: readonly string[],
  bold: boolean,
): void {
  const height = rowHeight(tools, widths, cells, bold);
  let x = tools.left;
  cells.forEach((cell, i) => {
    const width = widths[i] ?? 0;
    tools.doc
      .save()
      .lineWidth(bold ? 0.8 : 0.5)
      .rect(x, tools.y, width, height)
      .stroke()
      .restore();
    const align = bold ? "center" : (columns[i]?.align ?? "left");
    tools.textAt(cell, tools.y + padding, { x: x + padding, width: width - 2 * padding, bold, align });
    x += width;
  });
  tools.y += height;
}
