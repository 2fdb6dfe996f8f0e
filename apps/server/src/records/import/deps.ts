import type { Clock, Logger, OrgRuntime } from "@quartet/core";
import { DomainError, importMessages } from "@quartet/core";
import type { DatabaseHandle } from "@quartet/db";
import { imports } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import type { PartyLookup } from "./enrich-batch.ts";
import type { ProgressBoard } from "./progress.ts";

/** The company registry as the import uses it (`RegistryService` of `apps/server/src/registry`). */
export type ImportRegistry = {
  status(orgId: string): Promise<{ configured: boolean }>;
  partyLookup(orgId: string, pause: (ms: number) => Promise<void>): Promise<PartyLookup | null>;
};

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
  /** Fills requisites of imported companies by INN when asked; null: the option is not offered. */
  registry: ImportRegistry | null;
  /** Waits `ms` (the registry's rate limit); tests move a manual clock instead. */
  pause(ms: number): Promise<void>;
};

/** An import's row. */
export type ImportRow = typeof imports.$inferSelect;

/** Loads an import; NOT_FOUND when the organisation has none with this id. */
export async function loadImport(handle: DatabaseHandle, importId: string): Promise<ImportRow> {
  const [row] = await handle.db.select().from(imports).where(eq(imports.id, importId));
  if (!row) throw new DomainError("NOT_FOUND", importMessages.noSuchImport);
  return row;
}
