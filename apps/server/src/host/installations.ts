import type { Clock } from "@quartet/core";
import { type DatabaseHandle, writeTransaction } from "@quartet/db";
import { type InstallationState, pluginInstallations } from "@quartet/db/control";
import { and, eq } from "drizzle-orm";

/** One plugin's installation record in one organisation. */
export type Installation = typeof pluginInstallations.$inferSelect;

/**
 * Reads and writes `plugin_installations` in the control database, with a short-lived cache
 * of each organisation's enabled set (invalidated locally on every change).
 */
export function createInstallationStore(control: DatabaseHandle, clock: Clock, cacheMs = 2000) {
  const cache = new Map<string, { at: number; rows: Installation[] }>();

  async function list(orgId: string): Promise<Installation[]> {
    const hit = cache.get(orgId);
    if (hit && clock.now() - hit.at < cacheMs) return hit.rows;
    const rows = await control.db
      .select()
      .from(pluginInstallations)
      .where(eq(pluginInstallations.orgId, orgId));
    cache.set(orgId, { at: clock.now(), rows });
    return rows;
  }

  return {
    list,
    /** Ids of the plugins enabled for `orgId`. */
    async enabledIds(orgId: string): Promise<Set<string>> {
      return new Set((await list(orgId)).filter((row) => row.state === "enabled").map((row) => row.pluginId));
    },
    async get(orgId: string, pluginId: string): Promise<Installation | undefined> {
      return (await list(orgId)).find((row) => row.pluginId === pluginId);
    },
    /** Creates or updates the record; fields left out keep their value. */
    async put(
      orgId: string,
      pluginId: string,
      change: { state: InstallationState; version: string; settings?: unknown; lastError?: string | null },
    ): Promise<void> {
      const now = clock.now();
      const existing = await this.get(orgId, pluginId);
      const values = {
        orgId,
        pluginId,
        state: change.state,
        version: change.version,
        settings: change.settings ?? existing?.settings ?? {},
        lastError: change.lastError === undefined ? (existing?.lastError ?? null) : change.lastError,
        enabledAt: change.state === "enabled" ? now : (existing?.enabledAt ?? null),
        updatedAt: now,
      };
      await writeTransaction(control, (tx) =>
        tx
          .insert(pluginInstallations)
          .values(values)
          .onConflictDoUpdate({
            target: [pluginInstallations.orgId, pluginInstallations.pluginId],
            set: values,
          }),
      );
      cache.delete(orgId);
    },
    async remove(orgId: string, pluginId: string): Promise<void> {
      await writeTransaction(control, (tx) =>
        tx
          .delete(pluginInstallations)
          .where(and(eq(pluginInstallations.orgId, orgId), eq(pluginInstallations.pluginId, pluginId))),
      );
      cache.delete(orgId);
    },
    invalidate(orgId: string): void {
      cache.delete(orgId);
    },
  };
}

/** The installation store's type. */
export type InstallationStore = ReturnType<typeof createInstallationStore>;
