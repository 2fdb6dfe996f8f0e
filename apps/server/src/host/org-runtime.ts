import type { Actor, OrgRuntime, WriteScope } from "@quartet/core";
import { type Clock, DomainError, newId } from "@quartet/core";
import type { EventDefinition } from "@quartet/core/plugin";
import { zodFieldErrors } from "@quartet/core/trpc";
import { type DatabaseHandle, writeTransaction } from "@quartet/db";
import { auditLog, outbox } from "@quartet/db/org";
import type { HookKeyStore } from "./hook-keys.ts";

/** What the runtime tells the host after a commit that emitted events. */
export type AfterCommit = (orgId: string) => void;

/**
 * Wraps one organisation's open database as an `OrgRuntime`: reads through `db`, writes
 * through `write`, which queues behind the database's lock, runs one transaction with
 * `emit` (outbox) and `audit`, and wakes the dispatcher once it has committed.
 */
export function createOrgRuntime(
  orgId: string,
  handle: DatabaseHandle,
  deps: { clock: Clock; afterCommit: AfterCommit; hookKeys: HookKeyStore },
): OrgRuntime {
  return {
    orgId,
    db: handle.db,
    hookKeys: {
      register: (pluginId, key) => deps.hookKeys.register(orgId, pluginId, key),
      unregister: (pluginId, key) => deps.hookKeys.unregister(orgId, pluginId, key),
    },
    async write(actor, fn) {
      let emitted = 0;
      const result = await writeTransaction(handle, (tx) => {
        const scope: WriteScope = {
          tx,
          emit: async (event, payload) => {
            const id = await insertEvent(tx, event, payload, actor, deps.clock.now());
            emitted++;
            return id;
          },
          audit: (entry) => insertAudit(tx, actor, entry, deps.clock.now()),
        };
        return fn(scope);
      });
      if (emitted > 0) deps.afterCommit(orgId);
      return result;
    },
  };
}

async function insertEvent<T>(
  tx: WriteScope["tx"],
  event: EventDefinition<T>,
  payload: T,
  actor: Actor,
  now: number,
): Promise<string> {
  const parsed = event.schema.safeParse(payload);
  if (!parsed.success) {
    throw new DomainError(
      "INTERNAL",
      `Event ${event.name}@${event.version} payload does not match its contract`,
      {
        details: { fields: zodFieldErrors(parsed.error) },
      },
    );
  }
  const id = newId("evt", now);
  await tx.insert(outbox).values({
    id,
    name: event.name,
    version: event.version,
    payload: parsed.data,
    emittedBy: event.name.split(".")[0] ?? "core",
    actorId: actor.id,
    createdAt: now,
  });
  return id;
}

async function insertAudit(
  tx: WriteScope["tx"],
  actor: Actor,
  entry: Parameters<WriteScope["audit"]>[0],
  now: number,
): Promise<void> {
  const owner = entry.action.split(".")[0] ?? "core";
  await tx.insert(auditLog).values({
    id: newId("aud", now),
    at: now,
    actorKind: actor.kind,
    actorId: actor.id,
    actorName: actor.name,
    pluginId: owner === "core" ? null : owner,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}
