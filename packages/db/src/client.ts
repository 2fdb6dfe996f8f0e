import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { type Client, createClient } from "@libsql/client";
import { clientMessages, DomainError, type OrgDatabase } from "@quartet/core";
import { drizzle } from "drizzle-orm/libsql";
import { closeFully } from "./close-fully.ts";
import { type ErrorGuard, guardClient } from "./guard-client.ts";
import { WriteLock } from "./write-lock.ts";

/** Where a database lives: a `file:` URL, or a `libsql:` / `http(s):` / `ws(s):` URL with a token. */
export type DatabaseTarget = { url: string; authToken?: string | null };

/**
 * One open database. Reads use `db`; every write goes through `writeTransaction(handle, …)`,
 * which queues on `lock` (libSQL write transactions do not queue by themselves).
 */
export type DatabaseHandle = {
  url: string;
  client: Client;
  db: OrgDatabase;
  lock: WriteLock;
  /**
   * Closes every connection and lets go of the file now (see `closeFully`); idempotent. Callers
   * wait for `lock` first (`lock.run(() => h.close())`).
   */
  close(): Promise<void>;
};

/** Tuning for `openDatabase`. */
export type OpenOptions = {
  /**
   * How long a `file:` connection waits for another process's write lock before SQLITE_BUSY.
   * The wait is synchronous and blocks the event loop, so it stays short; in-process writers
   * never wait on it because they queue on the handle's lock.
   */
  busyTimeoutMs?: number;
  /**
   * Most connections an embedded database keeps open (libSQL's default is 20). Each one holds
   * the file and its WAL open, so a cache of many databases bounds its descriptors with this.
   * Every call but a transaction returns its connection before the next runs, so two serve
   * a database whose writers queue on its lock: one for the open transaction, one for reads.
   */
  connections?: number;
  /** Sees every failed query first and returns the error to throw (e.g. to report a damaged file). */
  guard?: ErrorGuard;
};

/** Default busy timeout of embedded databases, in milliseconds. */
export const defaultBusyTimeoutMs = 2000;

/**
 * Opens a database. A `file:` database gets its directory created, WAL mode (persisted in the
 * file) and a busy timeout on every pooled connection; remote URLs go to libSQL unchanged.
 *
 * @example const handle = await openDatabase({ url: "file:./data/control.db" })
 */
export async function openDatabase(
  target: DatabaseTarget,
  options: OpenOptions = {},
): Promise<DatabaseHandle> {
  const path = filePathOf(target.url);
  if (path !== null && !isMemoryPath(path)) mkdirSync(dirname(resolve(path)), { recursive: true });
  const client = createClient({
    url: target.url,
    ...(target.authToken ? { authToken: target.authToken } : {}),
    ...(path !== null ? { timeout: options.busyTimeoutMs ?? defaultBusyTimeoutMs } : {}),
    ...(path !== null && options.connections ? { concurrency: options.connections } : {}),
  });
  try {
    if (path !== null && !isMemoryPath(path)) await client.execute("PRAGMA journal_mode = WAL");
  } catch (error) {
    client.close();
    throw error;
  }
  const guarded = options.guard ? guardClient(client, options.guard) : client;
  return {
    url: target.url,
    client: guarded,
    db: drizzle(guarded),
    lock: new WriteLock(),
    close: () => closeFully(client, embeddedFileOf(target.url)),
  };
}

/** The URL of an organisation's embedded database: `file:<abs dataDir>/orgs/<orgId>.db`. */
export function orgDatabaseUrl(dataDir: string, orgId: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(orgId)) {
    throw new DomainError("BAD_INPUT", clientMessages.orgIdFile, {
      params: { id: JSON.stringify(orgId) },
    });
  }
  return fileUrl(resolve(dataDir, "orgs", `${orgId}.db`));
}

/** The URL of the embedded control database: `file:<abs dataDir>/control.db`. */
export function controlDatabaseUrl(dataDir: string): string {
  return fileUrl(resolve(dataDir, "control.db"));
}

/** The filesystem path of a `file:` URL (as libSQL reads it), or null for remote URLs. */
export function filePathOf(url: string): string | null {
  const match = /^file:(?:\/\/[^/?#]*)?([^?#]*)/i.exec(url);
  return match ? decodeURIComponent(match[1] ?? "") : null;
}

/** The file of an embedded database's URL, or null for an in-memory or remote one. */
export function embeddedFileOf(url: string): string | null {
  const path = filePathOf(url);
  return path === null || isMemoryPath(path) ? null : path;
}

function isMemoryPath(path: string): boolean {
  return path === "" || path.startsWith(":memory:");
}

// libSQL percent-decodes the path and cuts it at `?` and `#`, so those three are escaped.
function fileUrl(absolutePath: string): string {
  return `file:${absolutePath.replace(/[%?#]/g, (c) => encodeURIComponent(c))}`;
}
