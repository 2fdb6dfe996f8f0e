import type { Clock } from "../clock.ts";
import type { Actor, OrgRuntime, ServiceContext } from "../context.ts";
import type { Locale } from "../i18n.ts";
import type { Logger } from "../logger.ts";
import type { RecordsPort } from "../records-port.ts";

/**
 * Host-level services the core router needs (plugin lifecycle, organisations, …). Empty
 * here; the server declares its members by interface merging, so core never imports it.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled in by the host through declaration merging.
export interface HostServices {}

/** The context of every tRPC call. */
export type RequestContext = {
  clock: Clock;
  logger: Logger;
  /** The language the viewer's messages are worded in (`localeOfRequest`); English when absent. */
  locale?: Locale;
  /** Null when nobody is signed in. */
  actor: Actor | null;
  /** The active organisation; null when the user has none selected. */
  org: OrgRuntime | null;
  /** Plugins enabled for `org`. */
  enabledPlugins: ReadonlySet<string>;
  /** Parsed settings of an enabled plugin; throws a DomainError when stored settings are invalid. */
  pluginSettings(pluginId: string): unknown;
  host: HostServices;
  /** Core's client records bound to a service context (its actor, clock and organisation). */
  recordsFor(service: Omit<ServiceContext, "records">): RecordsPort;
};

/** What each procedure declares about who may call it; the router-wide test reads it. */
export type ProcedureMeta = {
  access: "public" | "authenticated" | "permission";
  permission?: string;
  plugin?: string;
};
