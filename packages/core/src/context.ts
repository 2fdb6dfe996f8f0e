import type { LibSQLDatabase } from "drizzle-orm/libsql";
import type { Clock } from "./clock.ts";
import type { Logger } from "./logger.ts";
import type { EventDefinition } from "./plugin/define-event.ts";
import type { RecordsPort } from "./records-port.ts";

/** An organisation's database as drizzle sees it. Plugin code never sees an organisation id. */
// biome-ignore lint/suspicious/noExplicitAny: the schema differs per package; queries are typed by the tables used.
export type OrgDatabase = LibSQLDatabase<any>;

/** The transaction handed to a write scope. */
export type OrgTransaction = Parameters<Parameters<OrgDatabase["transaction"]>[0]>[0];

/** Who is acting: a signed-in user, an API key, or the system itself (jobs, subscribers). */
export type Actor = {
  kind: "user" | "api-key" | "system";
  id: string;
  /** Display name for the audit log. */
  name: string;
  /** The signed-in user's email (users only). */
  email?: string;
  /** Role id within the organisation (`owner`, `admin`, …; `system` for the system). */
  role: string;
  /** Granted permission ids; `*` grants everything. */
  permissions: ReadonlySet<string>;
  /** How far record access reaches: own records, the team's, or all (default all). */
  scope?: "own" | "team" | "all";
};

/** The system actor, used by subscribers, jobs and the CLI. */
export const systemActor: Actor = {
  kind: "system",
  id: "system",
  name: "system",
  role: "system",
  permissions: new Set(["*"]),
  scope: "all",
};

/** True when `actor` holds `permission`. */
export function can(actor: Actor, permission: string): boolean {
  return actor.permissions.has("*") || actor.permissions.has(permission);
}

/** One audit record: who did what to which record, with a before/after summary. */
export type AuditEntry = {
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

/** Writes one event to the outbox inside the current transaction; returns the event id. */
export type EmitFn = <T>(event: EventDefinition<T>, payload: T) => Promise<string>;

/** What a write scope offers: the transaction, `emit` into the outbox, `audit` into the log. */
export type WriteScope = {
  tx: OrgTransaction;
  emit: EmitFn;
  audit(entry: AuditEntry): Promise<void>;
};

/**
 * One organisation's runtime. `db` is for reads; every write goes through `write`, which
 * queues behind the organisation's write lock, runs one transaction and wakes the event
 * dispatcher after commit.
 */
export type OrgRuntime = {
  orgId: string;
  db: OrgDatabase;
  write<T>(actor: Actor, fn: (scope: WriteScope) => Promise<T>): Promise<T>;
  /** Public endpoint keys of this organisation (`/hooks/<pluginId>/…/<key>`). */
  hookKeys: {
    register(pluginId: string, key: string): Promise<void>;
    unregister(pluginId: string, key: string): Promise<void>;
  };
};

/** What every service, subscriber and job receives: data access, time, identity, logs, core records. */
export type ServiceContext<Settings = unknown> = {
  org: OrgRuntime;
  actor: Actor;
  clock: Clock;
  logger: Logger;
  settings: Settings;
  /** Core's client records (clients, timeline, orders, handoffs, people) for this organisation. */
  records: RecordsPort;
};
