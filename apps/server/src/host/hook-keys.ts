import type { Clock } from "@quartet/core";
import { DomainError, hostMessages } from "@quartet/core";
import { type DatabaseHandle, writeTransaction } from "@quartet/db";
import { hookKeys } from "@quartet/db/control";
import { and, count, eq } from "drizzle-orm";

/**
 * The registry of public endpoint keys in the control database: `/hooks/<plugin>/…/<key>`
 * finds its organisation here, so a key from one organisation never reaches another.
 */
export function createHookKeyStore(control: DatabaseHandle, clock: Clock) {
  return {
    async register(orgId: string, pluginId: string, key: string): Promise<void> {
      if (!/^[A-Za-z0-9_-]{16,128}$/.test(key)) {
        throw new DomainError("BAD_INPUT", hostMessages.hookKeyFormat, {
          fields: { key: hostMessages.invalid },
        });
      }
      const existing = await this.lookup(key);
      if (existing && (existing.orgId !== orgId || existing.pluginId !== pluginId)) {
        throw new DomainError("CONFLICT", hostMessages.hookKeyTaken);
      }
      if (existing) return;
      await writeTransaction(control, (tx) =>
        tx.insert(hookKeys).values({ key, orgId, pluginId, createdAt: clock.now() }),
      );
    },
    async unregister(orgId: string, pluginId: string, key: string): Promise<void> {
      await writeTransaction(control, (tx) =>
        tx
          .delete(hookKeys)
          .where(and(eq(hookKeys.key, key), eq(hookKeys.orgId, orgId), eq(hookKeys.pluginId, pluginId))),
      );
    },
    async lookup(key: string): Promise<{ orgId: string; pluginId: string } | undefined> {
      const [row] = await control.db
        .select({ orgId: hookKeys.orgId, pluginId: hookKeys.pluginId })
        .from(hookKeys)
        .where(eq(hookKeys.key, key));
      return row;
    },
    async count(orgId: string, pluginId: string): Promise<number> {
      const [row] = await control.db
        .select({ n: count() })
        .from(hookKeys)
        .where(and(eq(hookKeys.orgId, orgId), eq(hookKeys.pluginId, pluginId)));
      return row?.n ?? 0;
    },
    async removeAll(orgId: string, pluginId: string): Promise<void> {
      await writeTransaction(control, (tx) =>
        tx.delete(hookKeys).where(and(eq(hookKeys.orgId, orgId), eq(hookKeys.pluginId, pluginId))),
      );
    },
  };
}

/** The hook key store's type. */
export type HookKeyStore = ReturnType<typeof createHookKeyStore>;
