import { corePermissions, type Locale, type ServiceContext } from "@quartet/core";
import { type HostServices, protectedProcedure, router } from "@quartet/core/trpc";
import { listInput, listNotifications } from "../../notifications/list.ts";
import { markRead, markReadInput } from "../../notifications/mark-read.ts";
import { readPreferences, setPreference, setPreferenceInput } from "../../notifications/preferences.ts";
import { startTelegramLink, unlinkTelegram } from "../../notifications/telegram-link.ts";
import { unreadCount } from "../../notifications/unread.ts";
import { viewerLocale, viewerOf } from "../../notifications/viewer.ts";
import type {} from "../host-services.ts";

const use = protectedProcedure(corePermissions.notificationsUse.id);

/** The notifications module and the viewer of a call, with the language the request names. */
async function scopeOf(ctx: { service: ServiceContext; host: HostServices; locale?: Locale }) {
  const deps = ctx.host.host.notifications.deps;
  const viewer = await viewerOf(deps, ctx.service);
  return { deps, viewer, locale: await viewerLocale(deps, viewer, ctx.locale) };
}

/** `core.notifications`: the member's bell, their channel choices and their Telegram link. */
export const notificationsRouter = router({
  list: use.input(listInput).query(async ({ ctx, input }) => {
    const { deps, viewer, locale } = await scopeOf(ctx);
    return listNotifications(deps, viewer, input, locale);
  }),
  unreadCount: use.query(async ({ ctx }) => {
    const { viewer } = await scopeOf(ctx);
    const types = viewer.live.map((entry) => entry.def.type);
    return { count: await unreadCount(ctx.service.org.db, viewer.userId, types) };
  }),
  markRead: use.input(markReadInput).mutation(async ({ ctx, input }) => {
    const { deps, viewer } = await scopeOf(ctx);
    return markRead(deps, viewer, input.ids);
  }),
  markAllRead: use.mutation(async ({ ctx }) => {
    const { deps, viewer } = await scopeOf(ctx);
    return markRead(deps, viewer, null);
  }),
  preferences: router({
    get: use.query(async ({ ctx }) => {
      const { deps, viewer, locale } = await scopeOf(ctx);
      return readPreferences(deps, viewer, locale);
    }),
    set: use.input(setPreferenceInput).mutation(async ({ ctx, input }) => {
      const { deps, viewer, locale } = await scopeOf(ctx);
      await setPreference(viewer, input);
      return readPreferences(deps, viewer, locale);
    }),
  }),
  telegram: router({
    linkStart: use.mutation(async ({ ctx }) => {
      const { deps, viewer } = await scopeOf(ctx);
      return startTelegramLink(deps, viewer);
    }),
    unlink: use.mutation(async ({ ctx }) => {
      const { viewer } = await scopeOf(ctx);
      return unlinkTelegram(viewer);
    }),
  }),
});
