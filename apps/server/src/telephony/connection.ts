import type { AnyPbxAdapter, OrgDatabase, OrgTransaction } from "@quartet/core";
import { telephonySettings } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import { telephonyAdapters } from "./adapters.ts";

/** The settings row's id: an organisation connects one PBX. */
export const pbxRowId = "pbx";

/** The organisation's PBX: its adapter, the settings parsed by the adapter's schema and the hook key. */
export type PbxConnection = {
  adapter: AnyPbxAdapter;
  settings: Record<string, unknown>;
  hookKey: string;
};

/** The stored row, or undefined when no PBX is connected. */
export async function storedPbx(db: OrgDatabase | OrgTransaction) {
  const [row] = await db.select().from(telephonySettings).where(eq(telephonySettings.id, pbxRowId));
  return row;
}

/**
 * The connected PBX ready to use, or null when none is connected, its adapter is no longer
 * offered by this server, or its stored settings no longer pass the adapter's schema.
 */
export async function pbxConnection(db: OrgDatabase | OrgTransaction): Promise<PbxConnection | null> {
  const row = await storedPbx(db);
  const adapter = row && telephonyAdapters.get(row.adapter);
  if (!row || !adapter) return null;
  const parsed = adapter.settings.safeParse(row.settings);
  return parsed.success ? { adapter, settings: parsed.data, hookKey: row.hookKey } : null;
}
