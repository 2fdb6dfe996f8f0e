import { rm } from "node:fs/promises";
import { join } from "node:path";
import { type ColumnMapping, newId, type ServiceContext, suggestMapping } from "@quartet/core";
import { imports } from "@quartet/db/org";
import { registryOffered } from "./control-import.ts";
import { openCsv } from "./csv-file.ts";
import type { ImportDeps } from "./deps.ts";
import { type SourceEncoding, storeUpload } from "./store-upload.ts";

/** What an upload answers: the new import, its columns with suggested fields, and the first rows. */
export type AnalysedImport = {
  importId: string;
  fileName: string;
  fileBytes: number;
  encoding: SourceEncoding;
  delimiter: string;
  headers: string[];
  mapping: ColumnMapping[];
  sample: string[][];
  /** Whether «fill requisites from the registry by INN» can be offered (the organisation's key is set). */
  registry: boolean;
};

const sampleRows = 5;

/**
 * Stores an uploaded CSV under `<dataDir>/imports/<orgId>/<importId>.csv` (size-capped, turned
 * into UTF-8), reads its header and first rows, suggests a mapping, and records the import as
 * `analysed`. A file that cannot be read as CSV is removed again.
 */
export async function createImport(
  deps: ImportDeps,
  ctx: Pick<ServiceContext, "org" | "actor">,
  upload: { body: AsyncIterable<Uint8Array>; fileName: string; maxBytes?: number },
): Promise<AnalysedImport> {
  const now = deps.clock.now();
  const importId = newId("imp", now);
  const filePath = join(deps.dataDir, "imports", ctx.org.orgId, `${importId}.csv`);
  try {
    const stored = await storeUpload(upload.body, filePath, upload.maxBytes);
    const csv = await openCsv(filePath);
    const sample: string[][] = [];
    for await (const record of csv.records) {
      sample.push(record);
      if (sample.length === sampleRows) break;
    }
    const mapping = suggestMapping(csv.headers);
    await ctx.org.write(ctx.actor, (scope) =>
      scope.tx.insert(imports).values({
        id: importId,
        kind: "clients",
        fileName: upload.fileName,
        filePath,
        fileBytes: stored.bytes,
        status: "analysed",
        mapping: Object.fromEntries(mapping.map((m) => [m.header, m.field])),
        onDuplicate: "skip",
        nextRow: 0,
        createdCount: 0,
        duplicateCount: 0,
        invalidCount: 0,
        createdBy: ctx.actor.id,
        createdAt: now,
      }),
    );
    return {
      importId,
      fileName: upload.fileName,
      fileBytes: stored.bytes,
      encoding: stored.encoding,
      delimiter: csv.delimiter,
      headers: csv.headers,
      mapping,
      sample,
      registry: await registryOffered(deps, ctx.org.orgId),
    };
  } catch (error) {
    await rm(filePath, { force: true });
    throw error;
  }
}
