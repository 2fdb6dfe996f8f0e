import { orgHeader } from "../../lib/trpc.ts";

/** The target fields of a CSV column, as `core.imports.dryRun` takes them. */
export const importTargets = [
  "name",
  "legalName",
  "kind",
  "inn",
  "kpp",
  "ogrn",
  "phone",
  "phone2",
  "email",
  "email2",
  "website",
  "address",
  "region",
  "city",
  "industry",
  "tags",
  "contactName",
  "contactLastName",
  "contactFirstName",
  "contactMiddleName",
  "contactPosition",
  "contactPhone",
  "contactEmail",
  "note",
  "responsible",
  "source",
] as const;

/** One of `importTargets`. */
export type ImportTarget = (typeof importTargets)[number];

/** What an upload answers: the import, its columns with suggested fields, and the first rows. */
export type AnalysedImport = {
  importId: string;
  fileName: string;
  headers: string[];
  mapping: { header: string; field: ImportTarget | null }[];
  sample: string[][];
  /** Whether the organisation's registry key is set, so requisites can be filled by INN. */
  registry: boolean;
};

/**
 * Sends a CSV file as the raw request body to `POST /api/v1/imports/clients` in the tab's
 * organisation; throws with the server's status when it refuses.
 */
export async function uploadClientsCsv(
  file: Blob & { name: string },
  orgId: string | null,
): Promise<AnalysedImport> {
  const response = await fetch(`/api/v1/imports/clients?fileName=${encodeURIComponent(file.name)}`, {
    method: "POST",
    body: file,
    credentials: "include",
    headers: { "content-type": "text/csv", ...(orgId ? { [orgHeader]: orgId } : {}) },
  });
  if (!response.ok) throw new Error(`upload answered ${response.status}`);
  const body = (await response.json()) as { data: AnalysedImport };
  return body.data;
}

/** The mapping `core.imports.dryRun` and `start` take: header → field or null (skip the column). */
export function mappingOf(columns: readonly { header: string; field: ImportTarget | null }[]) {
  return Object.fromEntries(columns.map((column) => [column.header, column.field]));
}
