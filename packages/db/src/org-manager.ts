import { clientMessages, DomainError, domainErrorIn } from "@quartet/core";
import { type DatabaseHandle, type DatabaseTarget, embeddedFileOf, openDatabase } from "./client.ts";
import { isCorruption } from "./corruption.ts";
import { fileProblem, type OrgOutage, OrgOutages, unavailable } from "./org-outages.ts";

/** How the manager finds, prepares and bounds organisation databases. */
export type OrgDatabaseManagerOptions = {
  /** Most organisation databases kept open at once (at least 1). */
  cap: number;
  /** Where an organisation's database lives (the control database knows). */
  resolve: (orgId: string) => Promise<DatabaseTarget>;
  /** Runs once per open, before anyone gets the handle: the host migrates core and enabled plugins here. */
  onOpen: (handle: DatabaseHandle, orgId: string) => Promise<void>;
  /** Connections each embedded database may keep open (2 by default; see `OpenOptions.connections`). */
  connections?: number;
  /** Told once when an organisation's database goes down (missing or damaged): log it at error. */
  onOutage?: (outage: OrgOutage) => void;
  /** The clock of outages' `since` (milliseconds). */
  now?: () => number;
};

/**
 * An LRU cache of open organisation databases. `get` opens and prepares a database on first
 * use (one open for any number of concurrent callers); past `cap` the least recently used one
 * is closed once its pending writes are done.
 *
 * A handle stays valid while its holder works with it; keep `cap` above the number of
 * organisations served at the same moment, or an evicted handle closes under a slow reader.
 *
 * An organisation's database file is created only by `create` (when the organisation is made):
 * `get` on a missing or empty file, a file libSQL calls damaged when opening it, or a damaged page
 * any later query meets, answers UNAVAILABLE (503) and records an outage (`outages()`). A missing
 * file is looked for again on the next `get`; a damaged one stays down until `invalidate` (after
 * a restore) or a restart, so members get the 503 at once instead of the same failure again.
 */
export class OrgDatabaseManager {
  readonly #options: OrgDatabaseManagerOptions;
  // Map order is recency order: the first key is the least recently used.
  readonly #open = new Map<string, DatabaseHandle>();
  readonly #opening = new Map<string, Promise<DatabaseHandle>>();
  readonly #closing = new Map<string, Promise<void>>();
  readonly #outages: OrgOutages;
  #closed = false;

  constructor(options: OrgDatabaseManagerOptions) {
    if (!Number.isInteger(options.cap) || options.cap < 1) {
      throw new DomainError("BAD_INPUT", clientMessages.managerCap, {
        params: { cap: String(options.cap) },
      });
    }
    this.#options = options;
    this.#outages = new OrgOutages(options.now ?? Date.now, options.onOutage ?? (() => undefined));
  }

  /** The organisations whose databases are down now (health checks report them). */
  outages(): OrgOutage[] {
    return this.#outages.list();
  }

  /** How many organisation databases are open now. */
  get size(): number {
    return this.#open.size;
  }

  /** The organisation's database, opened and prepared by `onOpen` on first use; marks it most recently used. */
  get(orgId: string): Promise<DatabaseHandle> {
    return this.#get(orgId, false);
  }

  /** Creates a new organisation's database (its file, for an embedded one) and opens it as `get` does. */
  create(orgId: string): Promise<DatabaseHandle> {
    return this.#get(orgId, true);
  }

  #get(orgId: string, create: boolean): Promise<DatabaseHandle> {
    if (this.#closed)
      return Promise.reject(new DomainError("INTERNAL", "The organisation database manager is closed"));
    const outage = this.#outages.of(orgId);
    if (outage?.reason === "corrupt") return Promise.reject(unavailable(outage));
    const handle = this.#open.get(orgId);
    if (handle) {
      this.#open.delete(orgId);
      this.#open.set(orgId, handle);
      return Promise.resolve(handle);
    }
    let opening = this.#opening.get(orgId);
    if (!opening) {
      opening = this.#openAndPrepare(orgId, create).finally(() => this.#opening.delete(orgId));
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
    this.#outages.clear(orgId);
  }

  /** Resolves once every database evicted or invalidated so far is closed (its files let go). */
  async closed(): Promise<void> {
    await Promise.all([...this.#closing.values()]);
  }

  /** Shutdown: refuses new `get` calls, waits for opens and pending writes, closes everything. */
  async closeAll(): Promise<void> {
    this.#closed = true;
    await Promise.allSettled([...this.#opening.values()]);
    for (const [orgId, handle] of this.#open) this.#closeWhenIdle(orgId, handle);
    this.#open.clear();
    await Promise.all([...this.#closing.values()]);
  }

  async #openAndPrepare(orgId: string, create: boolean): Promise<DatabaseHandle> {
    // Never two handles (two write locks) on one database: let an evicted one finish closing first.
    await this.#closing.get(orgId);
    const target = await this.#options.resolve(orgId);
    const file = embeddedFileOf(target.url);
    const problem = file !== null && !create ? fileProblem(file) : null;
    if (problem) throw this.#outages.mark(orgId, problem.reason, problem.detail);
    let handle: DatabaseHandle | undefined;
    const guard = (error: unknown) => this.#damaged(orgId, handle, error);
    try {
      handle = await openDatabase(target, { connections: this.#options.connections ?? 2, guard });
    } catch (error) {
      throw guard(error);
    }
    try {
      await this.#options.onOpen(handle, orgId);
    } catch (error) {
      await handle.close();
      throw guard(error);
    }
    this.#outages.clear(orgId);
    if (this.#closed) {
      await handle.close();
      throw new DomainError("INTERNAL", "The organisation database manager is closed");
    }
    this.#open.set(orgId, handle);
    this.#evictBeyondCap();
    return handle;
  }

  // A failure that says the file is damaged takes the organisation down and closes its handle;
  // any other failure passes through as it is.
  #damaged(orgId: string, handle: DatabaseHandle | undefined, error: unknown): unknown {
    if (domainErrorIn(error)?.code === "UNAVAILABLE") return error;
    if (!isCorruption(error)) return error;
    const refusal = this.#outages.mark(orgId, "corrupt", String((error as Error).message), error);
    if (handle && this.#open.get(orgId) === handle) {
      this.#open.delete(orgId);
      this.#closeWhenIdle(orgId, handle);
    }
    return refusal;
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
