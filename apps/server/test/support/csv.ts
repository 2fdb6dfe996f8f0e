import { parse } from "csv-parse/sync";

/** The cells of a CSV download as Excel would split them: the BOM dropped, `;` between cells. */
export async function csvCells(response: Response): Promise<string[][]> {
  const text = await response.text();
  return parse(text.replace(/^\uFEFF/, ""), { delimiter: ";", record_delimiter: "\r\n" });
}

/** The rows of a CSV download as objects keyed by the header row. */
export async function csvRecords(response: Response): Promise<Record<string, string>[]> {
  const [header = [], ...rows] = await csvCells(response);
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ""])));
}

/** A refused download: its status and the fields `error.fields` names. */
export async function refusal(response: Response): Promise<{ status: number; fields: string[] }> {
  const body = (await response.json()) as { error: { fields: Record<string, string> | null } };
  return { status: response.status, fields: Object.keys(body.error.fields ?? {}) };
}
