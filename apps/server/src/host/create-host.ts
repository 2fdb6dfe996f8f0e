import { type Clock, type Logger, type OrgRuntime, type ServiceContext, systemClock } from "@quartet/core";
import type { AnyPlugin } from "@quartet/core/plugin";
import {
  controlDatabaseUrl,
  controlMigrations,
  coreMigrations,
  type DatabaseHandle,
  OrgDatabaseManager,
  openDatabase,
  runMigrations,
} from "@quartet/db";
import { createAuth } from "../auth/create-auth.ts";
import { type Mailer, mailerFromConfig } from "../auth/mailer.ts";
import type { ServerConfig } from "../config.ts";
import { documentMailOwner } from "../documents/send/index.ts";
import { defaultRetryPolicy, type RetryPolicy } from "../events/backoff.ts";
import { createDispatcher } from "../events/dispatcher.ts";
import { indexSubscribers } from "../events/subscriber-index.ts";
import { createScheduler } from "../jobs/scheduler.ts";
import { createLogger } from "../logger.ts";
import { mailOwner, mailPollJob } from "../mail/index.ts";
import { orgLocale } from "../mail/org-locale.ts";
import { createMonitor } from "../monitor/index.ts";
import { createNotifications } from "../notifications/index.ts";
import { createAuthenticator, createPeople, permissionCatalog } from "../people/index.ts";
import { listMembers } from "../people/members.ts";
import { expireHandoffsJob } from "../records/handoffs/expire-job.ts";
import { createImports } from "../records/import/imports-service.ts";
import { pluginPricing } from "../records/orders/plugin-pricing.ts";
import { createRecordsPort } from "../records/port.ts";
import { createRegistryService } from "../registry/registry-service.ts";
import { createWebhooks, webhookRetryPolicy } from "../webhooks/index.ts";
import { createHookKeyStore } from "./hook-keys.ts";
import { createInstallationStore } from "./installations.ts";
import { createLifecycle } from "./lifecycle/index.ts";
import { openingSources } from "./lifecycle/migration-guard.ts";
import { createOrgRuntime } from "./org-runtime.ts";
import { createOrganisationStore } from "./organisations.ts";
import { createRegistry } from "./registry.ts";
import { readSettings } from "./settings.ts";

/** Options of `createHost`; tests inject a clock, a logger, a mailer and a faster retry policy. */
export type HostOptions = {
  config: ServerConfig;
  plugins: readonly AnyPlugin[];
  clock?: Clock;
  logger?: Logger;
  retryPolicy?: RetryPolicy;
  /** Outgoing mail; defaults to SMTP when `QUARTET_SMTP_URL` is set, else the log. */
  mailer?: Mailer;
};

/**
 * Boots the plugin host: the control database (migrated), the plugin registry, the
 * organisation database manager (each database migrated on first open: core, then every
 * enabled plugin in dependency order), the lifecycle, the event dispatcher and the job
 * scheduler. Nothing runs in the background until `startBackground()`.
 */
export async function createHost(options: HostOptions) {
  const { config } = options;
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger(config.logLevel);
  const control: DatabaseHandle = await openDatabase({
    url: config.controlDbUrl ?? controlDatabaseUrl(config.dataDir),
    authToken: config.controlDbAuthToken,
  });
  await runMigrations(control, [controlMigrations]);
  const mailer = options.mailer ?? mailerFromConfig(config, logger);
  const auth = createAuth({ control, config, logger, mailer, clock });
  const registry = createRegistry(options.plugins, logger);
  const installations = createInstallationStore(control, clock);
  const organisations = createOrganisationStore(control, config, clock);
  const hookKeys = createHookKeyStore(control, clock);

  const orgs = new OrgDatabaseManager({
    cap: config.orgDbCacheSize,
    resolve: async (orgId) => {
      const org = await organisations.get(orgId);
      return { url: org.dbUrl, authToken: org.dbAuthToken };
    },
    onOpen: async (handle, orgId) => {
      const sources = await openingSources({ plugins: registry.plugins, installations, logger }, orgId);
      await runMigrations(handle, [coreMigrations, ...sources]);
    },
    onOutage: (outage) =>
      logger.error(
        { org: outage.orgId, reason: outage.reason, detail: outage.detail },
        "organisation database unavailable: restore it from a backup",
      ),
  });

  const orgHandle = (orgId: string) => orgs.get(orgId);
  const runtime = async (orgId: string): Promise<OrgRuntime> =>
    createOrgRuntime(orgId, await orgs.get(orgId), {
      clock,
      hookKeys,
      afterCommit: (id) => dispatcher.kick(id),
    });
  const settingsOf = async (orgId: string, pluginId: string): Promise<unknown> => {
    const plugin = registry.get(pluginId);
    const reading = plugin
      ? readSettings(plugin, (await installations.get(orgId, pluginId))?.settings)
      : null;
    return reading?.ok ? reading.value : undefined;
  };
  const enabledIds = (orgId: string) => installations.enabledIds(orgId);
  // Sweeps skip organisations whose database is down (logged once when it went down, not every sweep).
  const listOrgIds = async () => {
    const down = new Set(orgs.outages().map((outage) => outage.orgId));
    return (await organisations.ids()).filter((id) => !down.has(id));
  };
  const policy = options.retryPolicy ?? defaultRetryPolicy;
  const shared = {
    orgHandle,
    runtime,
    enabledIds,
    settingsOf,
    listOrgIds,
    clock,
    logger,
    owner: config.instanceId,
    policy,
  };

  const timers: NodeJS.Timeout[] = [];
  const provision = async (input: { name: string; slug?: string }) => {
    const org = await organisations.create(input);
    try {
      await orgs.create(org.id);
    } catch (error) {
      // Kept without its database, the organisation would answer "database missing" for ever.
      await organisations.remove(org.id);
      throw error;
    }
    return org;
  };
  const people = createPeople({
    control,
    organisations,
    installations,
    catalog: permissionCatalog(registry),
    pluginFunctions: new Map(
      registry.plugins.flatMap((p) => (p.function ? [[p.id, p.function] as const] : [])),
    ),
    runtime,
    provision,
    clock,
    logger,
    mailer,
    publicUrl: config.publicUrl,
  });
  const authenticate = createAuthenticator(people.deps, (request) => auth.sessionUser(request));
  /** A service context with core's records bound to it. */
  const serviceContext = <S>(base: Omit<ServiceContext<S>, "records">): ServiceContext<S> => ({
    ...base,
    records: createRecordsPort(base, people, pricing),
  });
  /** The enabled plugins' price adjusters, asked by `recordOrder` about every new order. */
  const pricing = pluginPricing({ plugins: registry.plugins, enabledIds, settingsOf, serviceContext });
  const notifications = createNotifications({
    plugins: registry.plugins,
    control,
    people,
    mailer,
    runtime,
    enabledIds,
    settingsOf,
    serviceContext,
    clock,
    logger,
    publicUrl: config.publicUrl,
  });
  const webhooks = createWebhooks({
    ...shared,
    plugins: registry.plugins,
    urlPolicy: { allowLoopback: config.webhooksAllowLoopback },
    retryPolicy: options.retryPolicy ?? webhookRetryPolicy,
  });
  const dispatcher = createDispatcher({
    ...shared,
    // Core's notification and document mail subscribers are recorded under the owner id `core`, enabled everywhere.
    enabledIds: async (orgId) =>
      webhooks.withWebhookOwner(orgId, new Set([...(await enabledIds(orgId)), "core"])),
    serviceContext,
    index: indexSubscribers([
      ...registry.plugins,
      notifications.subscriberOwner,
      documentMailOwner({ plugins: registry.plugins, mailer, people }),
      mailOwner({ mailer }),
      webhooks.subscriberOwner,
    ]),
  });
  const monitor = createMonitor({
    plugins: registry.plugins,
    enabledIds,
    settingsOf,
    runtime,
    coverage: (orgId) => people.coverage(orgId),
    timeZone: async (orgId) => (await people.organisation(orgId)).timeZone,
    serviceContext,
    clock,
    logger,
  });
  const scheduler = createScheduler({
    ...shared,
    serviceContext,
    plugins: registry.plugins,
    coreJobs: [
      expireHandoffsJob(people),
      monitor.job,
      ...notifications.jobs,
      ...webhooks.jobs,
      mailPollJob({ locale: (orgId) => orgLocale(people, orgId) }),
    ],
  });
  const lifecycle = createLifecycle({
    registry,
    installations,
    hookKeys,
    orgHandle,
    runtime,
    serviceContext,
    clock,
    logger,
  });
  const companyRegistry = createRegistryService({
    installations,
    runtime,
    clock,
    baseUrl: config.registryUrl,
  });
  const imports = createImports({
    registry: companyRegistry,
    orgHandle,
    runtime,
    members: (orgId) => listMembers(people.deps, orgId),
    clock,
    logger,
    dataDir: config.dataDir,
  });

  return {
    config,
    clock,
    logger,
    control,
    auth,
    authenticate,
    people,
    serviceContext,
    pricing,
    registry,
    installations,
    organisations,
    hookKeys,
    orgs,
    runtime,
    settingsOf,
    lifecycle,
    dispatcher,
    scheduler,
    imports,
    /** The company registry (lookups by INN and BIK, the organisation's key, its rate limit). */
    companyRegistry,
    monitor,
    notifications,
    /** Outbound webhooks: the event catalogue and the sender of signed deliveries. */
    webhooks,
    /** Creates an organisation and provisions its database (created and migrated now). */
    createOrganisation: provision,
    /** Starts the periodic sweep of events and jobs; the first sweep recovers after a crash. */
    startBackground(): void {
      const loop = async () => {
        await dispatcher.sweep();
        await scheduler.tick();
        await webhooks.sender.sweep();
      };
      void loop();
      listOrgIds()
        .then((ids) => imports.resumeRunning(ids))
        .catch((err) => logger.error({ err }, "resuming imports failed"));
      timers.push(setInterval(() => void loop(), config.sweepIntervalMs));
    },
    /** Stops the sweeps, waits for in-flight deliveries, closes every database. */
    async close(): Promise<void> {
      for (const timer of timers) clearInterval(timer);
      await notifications.close();
      await imports.stop();
      await dispatcher.idle();
      await webhooks.sender.idle();
      await orgs.closeAll();
      await control.close();
    },
  };
}

/** The running host. */
export type Host = Awaited<ReturnType<typeof createHost>>;
