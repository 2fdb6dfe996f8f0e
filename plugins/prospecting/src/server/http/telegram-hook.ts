import { timingSafeEqual } from "node:crypto";
import type { HookEnv } from "@quartet/core/plugin";
import { and, eq } from "drizzle-orm";
import { Hono } from "hono";
import { m } from "../../contracts/messages.ts";
import { telegramBots } from "../../db/channels.ts";
import { parseTelegramUpdate } from "../../domain/telegram-update.ts";
import type { ProspectingPorts } from "../context.ts";
import { receiveUpdate } from "../services/telegram/receive-update.ts";
import { hookContext } from "./hook-context.ts";
import { refuse } from "./respond.ts";

/**
 * `POST /telegram/:key`: Telegram's webhook. The key must be the connected bot's (404), the
 * `X-Telegram-Bot-Api-Secret-Token` header must equal the `telegramWebhookSecret` setting (401),
 * the body must be an `Update` (400) — each refusal writes nothing. Update kinds we do not handle,
 * anything from a group, supergroup or channel and a first message with nothing written are
 * answered 200 (`ignored`) so Telegram stops retrying them; nothing is stored or sent back.
 */
export function telegramHooks(ports: ProspectingPorts) {
  return new Hono<HookEnv>().post("/telegram/:key", async (c) => {
    const key = c.req.param("key");
    const ctx = await hookContext(c, key, ports);
    const [bot] = ctx
      ? await ctx.org.db
          .select({ id: telegramBots.id })
          .from(telegramBots)
          .where(and(eq(telegramBots.webhookKey, key), eq(telegramBots.active, true)))
      : [];
    if (!(ctx && bot)) return refuse(c, "NOT_FOUND", m.unknownEndpoint);
    if (!sameSecret(c.req.header("x-telegram-bot-api-secret-token"), ctx.settings.telegramWebhookSecret)) {
      return refuse(c, "UNAUTHORIZED", m.wrongSecret);
    }
    const body = await c.req.json<unknown>().catch(() => undefined);
    const parsed = parseTelegramUpdate(body);
    if (!parsed.ok) return refuse(c, "BAD_INPUT", m.notTelegramUpdate);
    if (!parsed.inbound) return c.json({ ok: true, ignored: true });
    const result = await receiveUpdate({ ctx, input: parsed.inbound });
    if (result.ignored) return c.json({ ok: true, ignored: true });
    return c.json({ ok: true, duplicate: result.duplicate });
  });
}

function sameSecret(given: string | undefined, expected: string): boolean {
  if (!expected || !given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
