import { type Actor, DomainError, newId, newSecret, peopleMessages } from "@quartet/core";
import { writeTransaction } from "@quartet/db";
import { apiKeys } from "@quartet/db/control";
import { and, desc, eq, isNull } from "drizzle-orm";
import { createApiKeyCache } from "../auth/api-key-cache.ts";
import { assertRoleExists } from "./access.ts";
import type { PeopleDeps } from "./deps.ts";
import { sha256 } from "./hash.ts";
import { recordAudit } from "./record-audit.ts";

/** The marker every Quartet API key starts with. */
export const apiKeyPrefix = "qk_";

/** Creates an API key bound to this organisation and a role; the key is returned only now. */
export async function createApiKey(
  deps: PeopleDeps,
  actor: Actor,
  orgId: string,
  input: { name: string; role: string },
) {
  if (input.role === "owner")
    throw new DomainError("BAD_INPUT", peopleMessages.apiKeyNotOwner, {
      fields: { role: peopleMessages.notAllowed },
    });
  await assertRoleExists(deps.control, orgId, input.role);
  const key = `${apiKeyPrefix}${newSecret(32)}`;
  const now = deps.clock.now();
  const row = {
    id: newId("key", now),
    orgId,
    name: input.name.trim(),
    role: input.role,
    prefix: key.slice(0, 10),
    keyHash: sha256(key),
    createdBy: actor.id,
    createdAt: now,
  };
  await writeTransaction(deps.control, (tx) => tx.insert(apiKeys).values(row));
  await recordAudit(deps, actor, orgId, {
    action: "core.api-key.create",
    entity: "api-key",
    entityId: row.id,
    after: { name: row.name, role: row.role, prefix: row.prefix },
  });
  return { id: row.id, name: row.name, role: row.role, prefix: row.prefix, key };
}

/** The organisation's API keys, without the keys. */
export async function listApiKeys(deps: PeopleDeps, orgId: string) {
  return deps.control.db
    .select({
      id: apiKeys.id,
      name: apiKeys.name,
      role: apiKeys.role,
      prefix: apiKeys.prefix,
      createdAt: apiKeys.createdAt,
      lastUsedAt: apiKeys.lastUsedAt,
      revokedAt: apiKeys.revokedAt,
    })
    .from(apiKeys)
    .where(eq(apiKeys.orgId, orgId))
    .orderBy(desc(apiKeys.createdAt));
}

/** Revokes a key at once. */
export async function revokeApiKey(deps: PeopleDeps, actor: Actor, orgId: string, keyId: string) {
  const result = await writeTransaction(deps.control, (tx) =>
    tx
      .update(apiKeys)
      .set({ revokedAt: deps.clock.now() })
      .where(and(eq(apiKeys.id, keyId), eq(apiKeys.orgId, orgId), isNull(apiKeys.revokedAt))),
  );
  keyCacheOf(deps).forget(keyId);
  if (result.rowsAffected !== 1) throw new DomainError("NOT_FOUND", peopleMessages.noApiKey);
  await recordAudit(deps, actor, orgId, {
    action: "core.api-key.revoke",
    entity: "api-key",
    entityId: keyId,
  });
}

type ApiKeyRow = typeof apiKeys.$inferSelect;
const keyCaches = new WeakMap<PeopleDeps, ReturnType<typeof createApiKeyCache<ApiKeyRow>>>();
function keyCacheOf(deps: PeopleDeps) {
  const cache = keyCaches.get(deps) ?? createApiKeyCache<ApiKeyRow>();
  keyCaches.set(deps, cache);
  return cache;
}

/** Finds the live key a request presents (remembered for a few seconds); records its use at most once a minute. */
export async function findApiKey(deps: PeopleDeps, key: string) {
  const hash = sha256(key);
  const now = deps.clock.now();
  const cache = keyCacheOf(deps);
  let row = cache.get(hash, now);
  if (!row) {
    [row] = await deps.control.db.select().from(apiKeys).where(eq(apiKeys.keyHash, hash));
    if (!row || row.revokedAt) return null;
    cache.set(hash, row, now);
  }
  if (!row.lastUsedAt || now - row.lastUsedAt > 60_000) {
    row.lastUsedAt = now;
    const id = row.id;
    await writeTransaction(deps.control, (tx) =>
      tx.update(apiKeys).set({ lastUsedAt: now }).where(eq(apiKeys.id, id)),
    );
  }
  return row;
}
