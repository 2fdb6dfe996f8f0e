import {
  channelsFor,
  DomainError,
  type Locale,
  notificationMessages as m,
  notificationChannels,
} from "@quartet/core";
import { notificationPreferences, staffTelegramLinks } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { choicesFor } from "./choices.ts";
import type { NotificationsDeps } from "./deps.ts";
import { telegramMessenger } from "./messenger.ts";
import type { Viewer } from "./viewer.ts";

/** Input of `core.notifications.preferences.set`. */
export const setPreferenceInput = z.object({
  type: z.string().min(1, m.chooseType).max(100),
  channel: z.enum(notificationChannels),
  enabled: z.boolean(),
});

/**
 * The viewer's channels per live type (the type's defaults overridden by their choices), each
 * type's name in `locale`, and whether Telegram can be used (a bot is connected) and is linked.
 */
export async function readPreferences(deps: NotificationsDeps, viewer: Viewer, locale: Locale) {
  const db = viewer.service.org.db;
  const choices = new Map<string, Awaited<ReturnType<typeof choicesFor>>>();
  const rows = await db
    .select()
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, viewer.userId));
  for (const row of rows) {
    const mine = choices.get(row.type) ?? new Map();
    mine.set(viewer.userId, [
      ...(mine.get(viewer.userId) ?? []),
      { channel: row.channel, enabled: row.enabled },
    ]);
    choices.set(row.type, mine);
  }
  const [link] = await db
    .select()
    .from(staffTelegramLinks)
    .where(eq(staffTelegramLinks.userId, viewer.userId));
  const messenger = await telegramMessenger(deps, viewer.orgId);
  return {
    types: viewer.live.map(({ def, pluginId }) => ({
      type: def.type,
      plugin: pluginId,
      label: def.label[locale],
      channels: channelsFor(def.defaultChannels, choices.get(def.type)?.get(viewer.userId) ?? []),
    })),
    telegram: { available: messenger?.available ?? false, linked: link !== undefined },
  };
}

/** Turns one channel of one type on or off for the viewer; an unknown or disabled type is a 400. */
export async function setPreference(viewer: Viewer, input: z.output<typeof setPreferenceInput>) {
  if (!viewer.live.some((entry) => entry.def.type === input.type)) {
    throw new DomainError("BAD_INPUT", m.unknownType, { fields: { type: m.unknownType } });
  }
  const { org, actor, clock } = viewer.service;
  const row = { userId: viewer.userId, type: input.type, channel: input.channel, enabled: input.enabled };
  await org.write(actor, (scope) =>
    scope.tx
      .insert(notificationPreferences)
      .values({ ...row, updatedAt: clock.now() })
      .onConflictDoUpdate({
        target: [
          notificationPreferences.userId,
          notificationPreferences.type,
          notificationPreferences.channel,
        ],
        set: { enabled: input.enabled, updatedAt: clock.now() },
      }),
  );
}
