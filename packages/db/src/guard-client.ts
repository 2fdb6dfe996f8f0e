import type { Client, Transaction } from "@libsql/client";

/** What a guard does with a failure: returns the error to throw in its place (or the same one). */
export type ErrorGuard = (error: unknown) => unknown;

const clientCalls = new Set<PropertyKey>(["execute", "batch", "migrate", "executeMultiple", "sync"]);
const transactionCalls = new Set<PropertyKey>(["execute", "batch", "executeMultiple", "commit", "rollback"]);

/**
 * The client with every query's failure passed through `guard` first — also inside transactions —
 * so the owner of a database learns of a damaged file from whichever query meets it, and can
 * answer with an error of its own. Everything else reaches the client unchanged.
 */
export function guardClient(client: Client, guard: ErrorGuard): Client {
  return guarded(client, clientCalls, guard, (name, result) =>
    name === "transaction" ? guarded(result as Transaction, transactionCalls, guard) : result,
  );
}

function guarded<T extends object>(
  target: T,
  calls: ReadonlySet<PropertyKey>,
  guard: ErrorGuard,
  wrapResult: (name: PropertyKey, result: unknown) => unknown = (_name, result) => result,
): T {
  return new Proxy(target, {
    get(object, name) {
      // Private fields of libSQL's classes need the real object as `this`.
      const value = Reflect.get(object, name, object);
      if (typeof value !== "function") return value;
      if (!calls.has(name) && name !== "transaction") return value.bind(object);
      return async (...args: unknown[]) => {
        try {
          return wrapResult(name, await value.apply(object, args));
        } catch (error) {
          throw guard(error);
        }
      };
    },
  });
}
