/** The delimiters a CSV may use: Excel in a Russian locale writes `;`, most exports `,`, some a tab. */
export type CsvDelimiter = ";" | "," | "\t";

/**
 * The delimiter of a file, judged by its header line: the candidate that occurs most often
 * outside quotes; `;` wins ties and a one-column header.
 *
 * @example sniffDelimiter('Название;ИНН;"Телефон, рабочий"') // ";"
 */
export function sniffDelimiter(headerLine: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { ";": 0, ",": 0, "\t": 0 };
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ";" || ch === "," || ch === "\t")) counts[ch]++;
  }
  const order: CsvDelimiter[] = [";", ",", "\t"];
  return order.reduce((best, d) => (counts[d] > counts[best] ? d : best), ";");
}

/**
 * Header cells made usable as mapping keys: trimmed, blanks named `Column N`, repeats suffixed
 * ` (2)`, ` (3)` … so two «Телефон» columns stay two columns.
 */
export function uniqueHeaders(cells: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((cell, i) => {
    const base = cell.trim() || `Column ${i + 1}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

/** True for a record with nothing in it (an empty line, or `;;;` that Excel leaves behind). */
export function isBlankRecord(record: readonly string[]): boolean {
  return record.every((cell) => cell.trim() === "");
}
