import { statSync } from "node:fs";
import { DomainError, databaseMessages } from "@quartet/core";

/** Why an organisation's database cannot be served: its file is gone, or it is damaged. */
export type OutageReason = "missing" | "corrupt";

/** One organisation whose database is down: since when, and what the server saw (for logs, not users). */
export type OrgOutage = { orgId: string; reason: OutageReason; since: number; detail: string };

/**
 * The organisations whose databases are down. `mark` records one (telling `onOutage` only when
 * it goes down, not on every refused request) and returns the 503 its members get; `clear` forgets
 * it once the database opens again or is replaced.
 */
export class OrgOutages {
  readonly #down = new Map<string, OrgOutage>();

  constructor(
    private readonly now: () => number,
    private readonly onOutage: (outage: OrgOutage) => void,
  ) {}

  /** The outage of one organisation, if its database is down. */
  of(orgId: string): OrgOutage | undefined {
    return this.#down.get(orgId);
  }

  /** Every organisation that is down now, the longest first. */
  list(): OrgOutage[] {
    return [...this.#down.values()].sort((a, b) => a.since - b.since);
  }

  mark(orgId: string, reason: OutageReason, detail: string, cause?: unknown): DomainError {
    let outage = this.#down.get(orgId);
    if (outage?.reason !== reason) {
      outage = { orgId, reason, since: this.now(), detail };
      this.#down.set(orgId, outage);
      this.onOutage(outage);
    }
    return unavailable(outage, cause);
  }

  clear(orgId: string): void {
    this.#down.delete(orgId);
  }
}

/** The error members of a down organisation get: 503 with what happened and who fixes it. */
export function unavailable(outage: OrgOutage, cause?: unknown): DomainError {
  const key = outage.reason === "missing" ? databaseMessages.orgMissing : databaseMessages.orgCorrupt;
  return new DomainError("UNAVAILABLE", key, { cause });
}

/**
 * What is wrong with an embedded database's file before it is opened: null when it has content,
 * else why not. libSQL would create a missing file and treat an empty one as a new database,
 * so either would serve an empty CRM and split off new writes.
 */
export function fileProblem(path: string): { reason: OutageReason; detail: string } | null {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (error) {
    return { reason: "missing", detail: `${path}: ${(error as Error).message}` };
  }
  return size > 0 ? null : { reason: "corrupt", detail: `${path} is empty` };
}
