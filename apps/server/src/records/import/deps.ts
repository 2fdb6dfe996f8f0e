import type { Clock, Logger, OrgRuntime } from "@quartet/core";
import { DomainError, importMessages } from "@quartet/core";
import type { DatabaseHandle } from "@quartet/db";
import { imports } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import type { ProgressBoard } from "./progress.ts";

/** What the import services need from the host. */
export type ImportDeps = {
  orgHandle(orgId: string): Promise<DatabaseHandle>;
  runtime(orgId: string): Promise<OrgRuntime>;
  /** The organisation's members, to resolve «Ответственный» by e-mail or name. */
  members(orgId: string): Promise<{ userId: string; name: string; email: string }[]>;
  clock: Clock;
  logger: Logger;
  /** Uploaded files live in `<dataDir>/imports/<orgId>/<importId>.csv`. */
  dataDir: string;
  board: ProgressBoard;
  /** Rows per write transaction (500). */
  batchSize: number;
};

/** An import's row. */
export type ImportRow = typeof imports.$inferSelect;

/** Loads an import; NOT_FOUND when the organisation has none with this id. */
export async function loadImport(handle: DatabaseHandle, importId: string): Promise<ImportRow> {
  const [row] = await handle.db.select().from(imports).where(eq(imports.id, importId));
  if (!row) throw new DomainError("NOT_FOUND", importMessages.noSuchImport);
  return row;
}
