import { createHash } from "node:crypto";
import type { BetterAuthOptions, DBAdapter, Where } from "better-auth";

/** A better-auth database adapter factory, as `drizzleAdapter(db, config)` returns it. */
export type AdapterFactory = (options: BetterAuthOptions) => DBAdapter<BetterAuthOptions>;

/** SHA-256 of a secret token, lower-case hex: what the database keeps instead of the token. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

type Row = Record<string, unknown>;
type Call = { model: string; where?: Where[]; data?: Row; update?: Row; set?: Row };
type Method = (call: Call) => Promise<unknown>;

const methods = [
  "create",
  "findOne",
  "findMany",
  "count",
  "update",
  "updateMany",
  "delete",
  "deleteMany",
  "consumeOne",
  "incrementOne",
] as const;
const payloads = ["data", "update", "set"] as const;

/**
 * Makes an adapter keep session tokens hashed: `token` values written to the `session` model
 * (create, update, incrementOne) and matched by `where` (eq, ne, in, not_in) become
 * `hashToken(token)`; rows coming back carry the raw token again when the call named it, so
 * better-auth can still sign it into the cookie. Rows read by another key (listing a user's
 * sessions) keep the hash: nobody can turn it back into a token.
 *
 * The adapter object is decorated in place: better-auth registers its schema check against
 * that object, and its non-transactional `transaction(cb)` hands the same object to `cb`.
 *
 * @example database: withHashedSessionTokens(drizzleAdapter(db, { provider: "sqlite", schema }))
 */
export function withHashedSessionTokens(factory: AdapterFactory): AdapterFactory {
  return (options) => {
    const adapter = factory(options);
    decorate(adapter as unknown as Record<string, unknown>);
    return adapter;
  };
}

function decorate(adapter: Record<string, unknown>): void {
  const original = { ...adapter } as Record<(typeof methods)[number], Method | undefined> & {
    transaction?: unknown;
  };
  for (const name of methods) {
    const method = original[name];
    if (!method) continue;
    adapter[name] = async (call: Call) => {
      if (call.model !== "session") return method(call);
      const known = new Map<string, string>();
      const next: Call = { ...call };
      if (call.where) next.where = call.where.map((clause) => hashedClause(clause, known));
      for (const key of payloads) {
        const payload = call[key];
        if (payload && typeof payload.token === "string")
          next[key] = { ...payload, token: remember(payload.token, known) };
      }
      return restore(await method(next), known);
    };
  }
  const transaction = original.transaction as
    | ((cb: (trx: unknown) => Promise<unknown>) => Promise<unknown>)
    | undefined;
  if (transaction) {
    adapter.transaction = (cb: (trx: unknown) => Promise<unknown>) =>
      transaction((trx) => {
        if (trx === adapter) return cb(trx);
        const copy = { ...(trx as Record<string, unknown>) };
        decorate(copy);
        return cb(copy);
      });
  }
}

function remember(token: string, known: Map<string, string>): string {
  const hash = hashToken(token);
  known.set(hash, token);
  return hash;
}

function hashedClause(clause: Where, known: Map<string, string>): Where {
  if (clause.field !== "token") return clause;
  const operator = clause.operator ?? "eq";
  const value = clause.value;
  if ((operator === "eq" || operator === "ne") && (value === null || typeof value === "string")) {
    return value === null ? clause : { ...clause, value: remember(value, known) };
  }
  if ((operator === "in" || operator === "not_in") && Array.isArray(value)) {
    return { ...clause, value: value.map((item) => remember(String(item), known)) };
  }
  throw new Error(`Session tokens are stored hashed: a "${operator}" condition on them cannot be answered`);
}

function restore(result: unknown, known: Map<string, string>): unknown {
  if (Array.isArray(result)) return result.map((row) => restore(row, known));
  if (!result || typeof result !== "object") return result;
  const row = result as Row;
  const raw = typeof row.token === "string" ? known.get(row.token) : undefined;
  return raw === undefined ? row : { ...row, token: raw };
}
