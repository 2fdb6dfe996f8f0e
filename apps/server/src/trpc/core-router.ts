import { corePermissions, hostMessages } from "@quartet/core";
import { dependencyClosure } from "@quartet/core/plugin";
import { protectedProcedure, router } from "@quartet/core/trpc";
import { z } from "zod";
import { listDeadLetters, retryDeadLetter } from "../events/dead-letters.ts";
import type {} from "./host-services.ts";
import { apiKeysRouter, rolesRouter } from "./routers/access.ts";
import { catalogRouter } from "./routers/catalog.ts";
import { clientsRouter } from "./routers/clients.ts";
import { demoRouter } from "./routers/demo.ts";
import { diagnosticRouter } from "./routers/diagnostic.ts";
import { documentsRouter } from "./routers/documents.ts";
import { handoffsRouter } from "./routers/handoffs.ts";
import { homeRouter } from "./routers/home.ts";
import { importsRouter } from "./routers/imports.ts";
import { mailRouter } from "./routers/mail.ts";
import { invitationsRouter, membersRouter } from "./routers/members.ts";
import { monitorRouter } from "./routers/monitor.ts";
import { notificationsRouter } from "./routers/notifications.ts";
import { ordersRouter } from "./routers/orders.ts";
import { meProcedure, orgRouter } from "./routers/org.ts";
import { readinessRouter } from "./routers/readiness.ts";
import { registryRouter } from "./routers/registry.ts";
import { requisitesRouter } from "./routers/requisites.ts";
import { searchRouter } from "./routers/search.ts";
import { instanceRouter, signUpRouter } from "./routers/sign-up.ts";
import { auditRouter, staffingRouter } from "./routers/staffing.ts";
import { tasksRouter } from "./routers/tasks.ts";
import { telephonyRouter } from "./routers/telephony.ts";
import { timelineRouter } from "./routers/timeline.ts";
import { webhooksRouter } from "./routers/webhooks.ts";

const pluginId = z.object({ pluginId: z.string().min(1, hostMessages.choosePlugin) });
const read = protectedProcedure(corePermissions.pluginsRead.id);
const manage = protectedProcedure(corePermissions.pluginsManage.id);
const events = protectedProcedure(corePermissions.eventsManage.id);

/** Plugin lifecycle for the active organisation. */
const pluginsRouter = router({
  list: read.query(async ({ ctx }) => ({
    plugins: await ctx.host.host.lifecycle.describe(ctx.org.orgId, ctx.locale),
    bootFailures: ctx.host.host.registry.failures,
  })),
  /** What enabling a plugin would enable with it. */
  enablePreview: read.input(pluginId).query(async ({ ctx, input }) => {
    const enabled = await ctx.host.host.installations.enabledIds(ctx.org.orgId);
    const closure = dependencyClosure(ctx.host.host.registry.plugins, input.pluginId);
    return { willEnable: closure.map((p) => p.id).filter((id) => !enabled.has(id)) };
  }),
  enable: manage
    .input(pluginId.extend({ settings: z.unknown().optional() }))
    .mutation(({ ctx, input }) =>
      ctx.host.host.lifecycle.enable(ctx.org.orgId, input.pluginId, ctx.actor, input.settings),
    ),
  disable: manage
    .input(pluginId.extend({ cascade: z.boolean().default(false) }))
    .mutation(({ ctx, input }) =>
      ctx.host.host.lifecycle.disable(ctx.org.orgId, input.pluginId, ctx.actor, { cascade: input.cascade }),
    ),
  purgePreview: manage
    .input(pluginId)
    .query(({ ctx, input }) => ctx.host.host.lifecycle.purgePreview(ctx.org.orgId, input.pluginId)),
  uninstall: manage
    .input(pluginId.extend({ cascade: z.boolean().default(false), purge: z.boolean().default(false) }))
    .mutation(({ ctx, input }) =>
      ctx.host.host.lifecycle.uninstall(ctx.org.orgId, input.pluginId, ctx.actor, {
        cascade: input.cascade,
        purge: input.purge,
      }),
    ),
  updateSettings: manage
    .input(pluginId.extend({ settings: z.record(z.string(), z.unknown()) }))
    .mutation(({ ctx, input }) =>
      ctx.host.host.lifecycle.updateSettings(ctx.org.orgId, input.pluginId, ctx.actor, input.settings),
    ),
});

/** Dead letters of the event bus. */
const eventsRouter = router({
  deadLetters: events.query(async ({ ctx }) => listDeadLetters(await ctx.host.host.orgs.get(ctx.org.orgId))),
  retry: events.input(z.object({ deliveryId: z.string().min(1) })).mutation(async ({ ctx, input }) => {
    const orgId = ctx.org.orgId;
    await retryDeadLetter(await ctx.host.host.orgs.get(orgId), input.deliveryId, ctx.clock.now());
    ctx.host.host.dispatcher.kick(orgId);
    return { ok: true as const };
  }),
});

/** The `core` key of the app router. */
export const coreRouter = router({
  me: meProcedure,
  signUp: signUpRouter,
  instance: instanceRouter,
  org: orgRouter,
  members: membersRouter,
  invitations: invitationsRouter,
  roles: rolesRouter,
  apiKeys: apiKeysRouter,
  staffing: staffingRouter,
  monitor: monitorRouter,
  notifications: notificationsRouter,
  search: searchRouter,
  home: homeRouter,
  readiness: readinessRouter,
  demo: demoRouter,
  diagnostic: diagnosticRouter,
  audit: auditRouter,
  clients: clientsRouter,
  catalog: catalogRouter,
  orders: ordersRouter,
  timeline: timelineRouter,
  tasks: tasksRouter,
  handoffs: handoffsRouter,
  plugins: pluginsRouter,
  events: eventsRouter,
  imports: importsRouter,
  registry: registryRouter,
  requisites: requisitesRouter,
  documents: documentsRouter,
  webhooks: webhooksRouter,
  telephony: telephonyRouter,
  mail: mailRouter,
});
