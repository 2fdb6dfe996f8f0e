import type { AnyTRPCRouter } from "@trpc/server";
import type { Hono } from "hono";
import type { z } from "zod";
import type { OrgRuntime, ServiceContext, WriteScope } from "../context.ts";
import type { DiagnosticFacts } from "../diagnostic/facts.ts";
import type { DocumentSource } from "../documents/source.ts";
import type { SalesFunction } from "../functions.ts";
import type { LocalizedText } from "../i18n.ts";
import type { MessageCatalog } from "../messages/define.ts";
import type { NotificationType } from "../notifications/define-notification.ts";
import type { StaffLinkPort, StaffMessenger } from "../notifications/staff-messenger.ts";
import type { AgendaProvider } from "./agenda.ts";
import type { ClientDealsReader } from "./client-deals.ts";
import type { EventDefinition } from "./define-event.ts";
import type { PermissionDefinition } from "./define-permission.ts";
import type { HealthReading } from "./health.ts";
import type { PipelineReader, PlanContribution } from "./plan.ts";
import type { PriceAdjuster } from "./pricing.ts";
import type { SearchProvider } from "./search.ts";

/** An event as a subscriber receives it. Use `id` to stay idempotent: delivery is at-least-once. */
export type DeliveredEvent<T> = {
  id: string;
  name: string;
  version: number;
  payload: T;
  occurredAt: number;
  attempt: number;
};

/** A subscriber runs inside a write transaction that also records its delivery. */
export type SubscriberContext<S = unknown> = ServiceContext<S> & { scope: WriteScope };

/** Handles one event type for one plugin. */
export type SubscriberDefinition<S = unknown> = {
  name: string;
  event: EventDefinition<unknown>;
  handle(ctx: SubscriberContext<S>, event: DeliveredEvent<unknown>): Promise<void>;
};

/** Declares a subscriber with the payload typed by its event. */
export function defineSubscriber<T, S = unknown>(def: {
  name: string;
  event: EventDefinition<T>;
  handle(ctx: SubscriberContext<S>, event: DeliveredEvent<T>): Promise<void>;
}): SubscriberDefinition<S> {
  return def as unknown as SubscriberDefinition<S>;
}

/** A periodic job, run per organisation under a lease. */
export type JobDefinition<S = unknown> = {
  name: string;
  everyMs: number;
  run(ctx: ServiceContext<S>): Promise<void>;
};

/** Resolves a public endpoint key (registered with `HookKeys`) to its organisation. */
export type HookResolution<S = unknown> = Omit<ServiceContext<S>, "actor"> & {
  key: string;
  /** Links a member's messenger chat to them from a link code they sent (see `StaffMessenger`). */
  staffLinks?: StaffLinkPort;
};

/** Variables the host puts on every request under `/hooks/<pluginId>/…`. */
export type HookEnv = {
  Variables: {
    /** Finds the organisation that owns `key`; null when unknown or the plugin is not enabled there. */
    resolveHook: (key: string) => Promise<HookResolution | null>;
  };
};

/** What lifecycle hooks receive: a write scope on the organisation's database. */
export type LifecycleContext<S = unknown> = ServiceContext<S> & { scope: WriteScope };

/** The manifest of a server plugin. */
export type PluginDefinition<
  Id extends string = string,
  R extends AnyTRPCRouter | undefined = AnyTRPCRouter | undefined,
  S = unknown,
> = {
  id: Id;
  /** The leg it serves; null for a plugin that serves no single function. */
  function: SalesFunction | null;
  name: LocalizedText;
  description: LocalizedText;
  /** What enabling it adds, shown before enabling. */
  adds?: LocalizedText[];
  version: string;
  /**
   * The Quartet versions it supports, a semver range (`"^0.1.0"`), checked at boot against
   * `QUARTET_VERSION`: a plugin that does not support this Quartet, or names no valid range, is
   * reported and skipped like any bad manifest. Optional: a plugin without it loads with a warning.
   */
  quartet?: string;
  dependsOn: readonly string[];
  settings?: z.ZodType<S>;
  /** Setting keys whose values are never sent back to a browser. */
  secretSettings?: readonly string[];
  permissions: readonly PermissionDefinition[];
  events: { emits: readonly EventDefinition<unknown>[]; consumes: readonly EventDefinition<unknown>[] };
  db?: {
    // biome-ignore lint/suspicious/noExplicitAny: drizzle tables of any shape.
    schema: Record<string, any>;
    migrationsFolder: string;
  };
  router: R;
  http?: () => Hono<HookEnv>;
  subscribers?: readonly SubscriberDefinition<S>[];
  jobs?: readonly JobDefinition<S>[];
  health?: (ctx: ServiceContext<S>) => Promise<HealthReading[]>;
  /**
   * Adjusts the prices of new orders (a tier discount, deferred payment): core's `recordOrder`
   * asks every enabled plugin's adjuster and stores the reason on each line it changes.
   */
  pricing?: PriceAdjuster<S>;
  /**
   * Facts for the department self-diagnostic (a closed set of codes core knows, e.g.
   * `{ code: "cold-call-scripts", count: 3 }`), read organisation-wide as the system.
   */
  diagnostic?: (ctx: ServiceContext<S>) => Promise<DiagnosticFacts>;
  /**
   * The function's monthly plan metrics and their actuals for a period: the head of sales sets a
   * target per metric and month on the home page, which shows actual against plan.
   */
  plan?: PlanContribution<S>;
  /** The function's open deals now (count, sum, weighted sum) for the home page's pipeline totals. */
  pipeline?: PipelineReader<S>;
  /** One client's open deals (title, sum, stage, link) for the incoming-call popup. */
  clientDeals?: ClientDealsReader<S>;
  /**
   * The plugin's messages (`defineMessages(<plugin id>, …)`): the keys its errors, field messages
   * and texts carry, worded in the viewer's language. Checked and registered at boot.
   */
  messages?: MessageCatalog;
  /** Finds the plugin's records for the top bar's global search (deals, requests …). */
  search?: SearchProvider<S>;
  /** The current member's dated items in a range (callbacks, meetings) for "My work" beside core's tasks. */
  agenda?: AgendaProvider<S>;
  /**
   * Notification types the plugin produces (a new request, a rotting deal): templates in both
   * languages, the admin path each opens, and who gets one from which event or on which schedule.
   */
  notifications?: readonly NotificationType<S>[];
  /**
   * Documents the plugin issues as PDFs (an invoice for a deal, a proposal, a layout of its own):
   * each names the subject it is made from, a builder of the draft and a layout. Checked at boot;
   * core numbers, versions, stores, shows and mails them (see `DocumentSource`).
   */
  documents?: readonly DocumentSource<S>[];
  /** A direct-message channel to staff (Telegram through the organisation's bot) for notifications. */
  staffMessenger?: StaffMessenger<S>;
  lifecycle?: {
    onEnable?(ctx: LifecycleContext<S>): Promise<void>;
    onDisable?(ctx: LifecycleContext<S>): Promise<void>;
  };
};

/** Any plugin, whatever its router and settings. */
// biome-ignore lint/suspicious/noExplicitAny: heterogeneous plugin lists.
export type AnyPlugin = PluginDefinition<string, AnyTRPCRouter | undefined, any>;

/**
 * Declares a plugin. The host validates manifests at boot: ids, dependencies, cycles, and that
 * every consumed event has a subscriber.
 *
 * @example export const prospecting = definePlugin({ id: "prospecting", function: "prospecting", … })
 */
export function definePlugin<const Id extends string, R extends AnyTRPCRouter | undefined, S = unknown>(
  def: PluginDefinition<Id, R, S>,
): PluginDefinition<Id, R, S> {
  return Object.freeze(def);
}

/** An organisation's runtime as a hook handler sees it. */
export type HookOrg = OrgRuntime;
