import type { WriteLock } from "@quartet/db";
import type { AdapterFactory } from "./hashed-tokens.ts";

const writes = [
  "create",
  "update",
  "updateMany",
  "delete",
  "deleteMany",
  "consumeOne",
  "incrementOne",
] as const;

/**
 * Queues every write better-auth makes behind the control database's write lock, like the
 * host's own `writeTransaction`s. libSQL writers do not queue by themselves: a better-auth
 * statement arriving while a host transaction holds the file would wait on the busy timeout,
 * blocking the event loop, and then fail with SQLITE_BUSY.
 *
 * Each adapter write is one statement: the drizzle adapter runs without interactive
 * transactions (its default `transaction: false`), so the lock is never taken twice.
 *
 * @example database: withSerialisedWrites(factory, control.lock)
 */
export function withSerialisedWrites(factory: AdapterFactory, lock: WriteLock): AdapterFactory {
  return (options) => {
    const adapter = factory(options) as unknown as Record<string, unknown>;
    for (const name of writes) {
      const method = adapter[name] as ((call: unknown) => Promise<unknown>) | undefined;
      if (method) adapter[name] = (call: unknown) => lock.run(() => method(call));
    }
    return adapter as unknown as ReturnType<AdapterFactory>;
  };
}
