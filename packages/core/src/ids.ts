import { randomBytes, randomFillSync } from "node:crypto";

const alphabet = "0123456789abcdefghjkmnpqrstvwxyz"; // Crockford base32, lower case

function encodeTime(ms: number): string {
  let out = "";
  let value = ms;
  for (let i = 0; i < 10; i++) {
    out = alphabet[value % 32] + out;
    value = Math.floor(value / 32);
  }
  return out;
}

// Random bytes drawn from a pool refilled 4 KiB at a time: one system call per 256 ids, not per id.
const pool = new Uint8Array(4096);
let used = pool.length;

function encodeRandom(length: number): string {
  if (used + length > pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  let out = "";
  for (let i = used; i < used + length; i++) out += alphabet[(pool[i] ?? 0) % 32];
  used += length;
  return out;
}

/**
 * A prefixed, time-sortable id: readable in logs and stable as a pagination cursor.
 *
 * @example newId("org") // "org_01jh3k9q2x7c4v8m5n6p0rstwz"
 */
export function newId(prefix: string, now: number = Date.now()): string {
  if (!(Number.isFinite(now) && now >= 0)) {
    throw new RangeError(`newId needs a UTC instant in milliseconds, got ${now}`);
  }
  return `${prefix}_${encodeTime(Math.floor(now))}${encodeRandom(16)}`;
}

/** True when `id` carries `prefix` (e.g. `hasPrefix("cli_…", "cli")`). */
export function hasPrefix(id: string, prefix: string): boolean {
  return id.startsWith(`${prefix}_`);
}

/** A random url-safe secret (hook keys, API keys, tokens). */
export function newSecret(bytes = 24): string {
  return randomBytes(bytes).toString("base64url");
}
