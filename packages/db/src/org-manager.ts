import { clientMessages, DomainError } from "@quartet/core";
import { type DatabaseHandle, type DatabaseTarget, openDatabase } from "./client.ts";

/** How the manager finds, prepares and bounds organisation databases. */
export type OrgDatabaseManagerOptions = {
  /** Most organisation databases kept open at once (at least 1). */
  cap: number;
  /** Where an organisation's database lives (the control database knows). */
  resolve: (orgId: string) => Promise<DatabaseTarget>;
  /** Runs once per open, before anyone gets the handle: the host migrates core and enabled plugins here. */
  onOpen: (handle: DatabaseHandle, orgId: string) => Promise<void>;
};

/**
 * An LRU cache of open organisation databases. `get` opens and prepares a database on first
 * use (one open for any number of concurrent callers); past `cap` the least recently used one
 * is closed once its pending writes are done.
 *
 * A handle stays valid while its holder works with it; keep `cap` above the number of
 * organisations served at the same moment, or an evicted handle closes under a slow reader.
 */
export class OrgDatabaseManager {
  readonly #options: OrgDatabaseManagerOptions;
  // Map order is recency order: the first key is the least recently used.
  readonly #open = new Map<string, DatabaseHandle>();
  readonly #opening = new Map<string, Promise<DatabaseHandle>>();
  readonly #closing = new Map<string, Promise<void>>();
  #closed = false;

  constructor(options: OrgDatabaseManagerOptions) {
    if (!Number.isInteger(options.cap) || options.cap < 1) {
      throw new DomainError("BAD_INPUT", clientMessages.managerCap, {
        params: { cap: String(options.cap) },
      });
    }
    this.#options = options;
  }

  /** How many organisation databases are open now. */
  get size(): number {
    return this.#open.size;
  }

  /** The organisation's database, opened and prepared by `onOpen` on first use; marks it most recently used. */
  get(orgId: string): Promise<DatabaseHandle> {
    if (this.#closed)
      return Promise.reject(new DomainError("INTERNAL", "The organisation database manager is closed"));
    const handle = this.#open.get(orgId);
    if (handle) {
      this.#open.delete(orgId);
      this.#open.set(orgId, handle);
      return Promise.resolve(handle);
    }
    let opening = this.#opening.get(orgId);
    if (!opening) {
      opening = this.#openAndPrepare(orgId).finally(() => this.#opening.delete(orgId));
      this.#opening.set(orgId, opening);
    }
    return opening;
  }

  /** Closes and forgets one organisation's database (after a move, a restore or a purge). */
  async invalidate(orgId: string): Promise<void> {
    await this.#opening.get(orgId)?.catch(() => undefined);
    const handle = this.#open.get(orgId);
    if (handle) {
      this.#open.delete(orgId);
      this.#closeWhenIdle(orgId, handle);
    }
    await this.#closing.get(orgId);
  }

  /** Shutdown: refuses new `get` calls, waits for opens and pending writes, closes everything. */
  async closeAll(): Promise<void> {
    this.#closed = true;
    await Promise.allSettled([...this.#opening.values()]);
    for (const [orgId, handle] of this.#open) this.#closeWhenIdle(orgId, handle);
    this.#open.clear();
    await Promise.all([...this.#closing.values()]);
  }

  async #openAndPrepare(orgId: string): Promise<DatabaseHandle> {
    // Never two handles (two write locks) on one database: let an evicted one finish closing first.
    await this.#closing.get(orgId);
    const handle = await openDatabase(await this.#options.resolve(orgId));
    try {
      await this.#options.onOpen(handle, orgId);
    } catch (error) {
      await handle.close();
      throw error;
    }
    if (this.#closed) {
      await handle.close();
      throw new DomainError("INTERNAL", "The organisation database manager is closed");
    }
    this.#open.set(orgId, handle);
    this.#evictBeyondCap();
    return handle;
  }

  #evictBeyondCap(): void {
    for (const [orgId, handle] of this.#open) {
      if (this.#open.size <= this.#options.cap) return;
      this.#open.delete(orgId);
      this.#closeWhenIdle(orgId, handle);
    }
  }

  #closeWhenIdle(orgId: string, handle: DatabaseHandle): void {
    const previous = this.#closing.get(orgId) ?? Promise.resolve();
    // Closing a libSQL client does not fail (it closes its connections quietly), and no caller
    // waits on an eviction, so a rejection here would only surface as an unhandled one.
    const closing = previous
      .then(() => handle.lock.run(() => handle.close()))
      .catch(() => undefined)
      .finally(() => {
        if (this.#closing.get(orgId) === closing) this.#closing.delete(orgId);
      });
    this.#closing.set(orgId, closing);
  }
}
