import { randomBytes } from "node:crypto";
import {
  DomainError,
  notificationMessages as m,
  type StaffLinkPort,
  staffLinkPrefix,
  systemActor,
} from "@quartet/core";
import { staffLinkCodes, staffTelegramLinks } from "@quartet/db/org";
import { and, eq, gt } from "drizzle-orm";
import type { NotificationsDeps } from "./deps.ts";
import { telegramMessenger } from "./messenger.ts";
import { recipientLocale } from "./recipient-locale.ts";
import type { Viewer } from "./viewer.ts";

/** How long a link code works. */
export const linkCodeTtlMs = 15 * 60_000;

/**
 * Starts linking the viewer's Telegram: a one-time code (earlier ones of theirs are dropped) and
 * the deep link that opens the organisation's bot with it. PRECONDITION_FAILED when no bot is
 * connected.
 */
export async function startTelegramLink(deps: NotificationsDeps, viewer: Viewer) {
  const connected = await telegramMessenger(deps, viewer.orgId);
  if (!connected?.available) {
    throw new DomainError("PRECONDITION_FAILED", m.noBot);
  }
  const code = `${staffLinkPrefix}${randomBytes(18).toString("base64url")}`;
  const url = await connected.messenger.linkUrl(connected.ctx, code).catch((error) => {
    deps.logger.warn({ err: error, org: viewer.orgId }, "Telegram bot name lookup failed");
    throw new DomainError("PRECONDITION_FAILED", m.telegramSilent);
  });
  const expiresAt = viewer.service.clock.now() + linkCodeTtlMs;
  await viewer.service.org.write(viewer.service.actor, async (scope) => {
    await scope.tx.delete(staffLinkCodes).where(eq(staffLinkCodes.userId, viewer.userId));
    await scope.tx.insert(staffLinkCodes).values({ code, userId: viewer.userId, expiresAt });
  });
  return { url, expiresAt };
}

/** Forgets the viewer's Telegram chat: no more direct messages until they link again. */
export async function unlinkTelegram(viewer: Viewer) {
  await viewer.service.org.write(viewer.service.actor, (scope) =>
    scope.tx.delete(staffTelegramLinks).where(eq(staffTelegramLinks.userId, viewer.userId)),
  );
  return { ok: true as const };
}

/**
 * The host side of `/start <code>` in the bot: a live code links that chat to its member (once;
 * the code is used up) and answers their language; an unknown or expired code answers null.
 */
export function staffLinks(deps: NotificationsDeps, orgId: string): StaffLinkPort {
  return {
    async claim(code, chatId) {
      const org = await deps.runtime(orgId);
      const userId = await org.write(systemActor, async (scope) => {
        const now = deps.clock.now();
        const [row] = await scope.tx
          .delete(staffLinkCodes)
          .where(and(eq(staffLinkCodes.code, code), gt(staffLinkCodes.expiresAt, now)))
          .returning();
        if (!row) return null;
        await scope.tx
          .insert(staffTelegramLinks)
          .values({ userId: row.userId, chatId, linkedAt: now })
          .onConflictDoUpdate({ target: staffTelegramLinks.userId, set: { chatId, linkedAt: now } });
        return row.userId;
      });
      return userId ? { locale: await recipientLocale(deps, orgId, userId) } : null;
    },
  };
}
