export {
  controlDatabaseUrl,
  type DatabaseHandle,
  type DatabaseTarget,
  defaultBusyTimeoutMs,
  embeddedFileOf,
  filePathOf,
  type OpenOptions,
  openDatabase,
  orgDatabaseUrl,
} from "./client.ts";
export { isCorruption } from "./corruption.ts";
export {
  controlMigrations,
  coreMigrations,
  type MigrationSource,
  migrationsTableName,
  runMigrations,
} from "./migrate.ts";
export { OrgDatabaseManager, type OrgDatabaseManagerOptions } from "./org-manager.ts";
export type { OrgOutage, OutageReason } from "./org-outages.ts";
export { WriteLock } from "./write-lock.ts";
export { writeTransaction } from "./write-transaction.ts";
