import { controlDatabaseUrl, type DatabaseHandle, type DatabaseTarget, openDatabase } from "../client.ts";
import { controlMigrations, runMigrations } from "../migrate.ts";

export * from "./auth-schema.ts";
export * from "./instance-schema.ts";
export * from "./people-schema.ts";
export * from "./schema.ts";

/**
 * Opens the control database and applies its migrations: a data directory means the embedded
 * `<dataDir>/control.db`, a target means that URL (a libSQL server or Turso).
 *
 * @example const control = await openControlDatabase(process.env.QUARTET_DATA_DIR ?? "./data")
 */
export async function openControlDatabase(dataDirOrTarget: string | DatabaseTarget): Promise<DatabaseHandle> {
  const target =
    typeof dataDirOrTarget === "string" ? { url: controlDatabaseUrl(dataDirOrTarget) } : dataDirOrTarget;
  const handle = await openDatabase(target);
  try {
    await runMigrations(handle, [controlMigrations]);
  } catch (error) {
    await handle.close();
    throw error;
  }
  return handle;
}
