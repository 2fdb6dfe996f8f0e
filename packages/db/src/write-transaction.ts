import { DomainError, type OrgTransaction } from "@quartet/core";
import { sql } from "drizzle-orm";
import type { DatabaseHandle } from "./client.ts";

// Rounds of "roll back, switch foreign keys on, begin again" before giving up (see below).
const maxAttempts = 5;

class ForeignKeysOff extends Error {}

/**
 * Runs `fn` as one write transaction (BEGIN IMMEDIATE) on `handle`, queued behind its write lock,
 * with foreign keys enforced. Commits when `fn` resolves, rolls back when it throws.
 *
 * Foreign keys: `PRAGMA foreign_keys` is per connection and a no-op inside a transaction, and
 * the client hands a transaction whichever pooled connection is free. libSQL's build switches
 * foreign keys on for every new connection, but a pooled one can have been switched off by
 * earlier code. So the transaction first reads the pragma on its own connection; if it is off,
 * it rolls back, switches it on (the pool is LIFO, so the connection just released is the one
 * an immediate `execute` borrows) and begins again. No write ever runs with foreign keys off.
 *
 * Not re-entrant: inside `fn`, pass `tx` on instead of calling `writeTransaction` again.
 *
 * @example await writeTransaction(handle, (tx) => tx.insert(outbox).values(row))
 */
export function writeTransaction<T>(
  handle: DatabaseHandle,
  fn: (tx: OrgTransaction) => Promise<T>,
): Promise<T> {
  return handle.lock.run(async () => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await handle.db.transaction(async (tx) => {
          await assertForeignKeysOn(tx);
          return fn(tx);
        });
      } catch (error) {
        if (!(error instanceof ForeignKeysOff)) throw error;
        // A remote transaction runs on a stream of its own: a pragma sent beforehand cannot reach it.
        if (handle.client.protocol !== "file" || attempt === maxAttempts) {
          throw new DomainError(
            "INTERNAL",
            "Foreign keys are off on the database connection; the write was refused",
            {
              details: { url: handle.url, attempts: attempt },
            },
          );
        }
        await handle.client.execute("PRAGMA foreign_keys = ON");
      }
    }
  });
}

async function assertForeignKeysOn(tx: OrgTransaction): Promise<void> {
  const row = await tx.get<{ foreign_keys: number } | undefined>(sql`PRAGMA foreign_keys`);
  if (Number(row?.foreign_keys) !== 1) throw new ForeignKeysOff();
}
