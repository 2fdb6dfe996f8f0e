import { fileURLToPath } from "node:url";
import { callEnded, letterReceived } from "@quartet/core";
import { definePlugin } from "@quartet/core/plugin";
import { leadQualified, requestReceived, requestTriaged } from "../contracts/events.ts";
import { m as messages } from "../contracts/messages.ts";
import { allProspectingPermissions } from "../contracts/permissions.ts";
import { prospectingSettings, secretSettingKeys } from "../contracts/settings.ts";
import * as schema from "../db/schema.ts";
import { createRateWindow } from "../domain/rate-window.ts";
import { prospectingAgenda } from "./agenda.ts";
import type { ProspectingPorts } from "./context.ts";
import { prospectingDiagnostic } from "./diagnostic.ts";
import { prospectingHealth } from "./health.ts";
import { prospectingHooks } from "./http/index.ts";
import { prospectingNotifications, prospectingStaffMessenger } from "./notifications.ts";
import { prospectingPlan } from "./plan.ts";
import { fetchTelegramApi } from "./ports/telegram-api.ts";
import { prospectingRouter } from "./router.ts";
import { prospectingSearch } from "./search.ts";
import { onCallEnded } from "./subscribers/on-call-ended.ts";
import { onLetterReceived } from "./subscribers/on-letter-received.ts";

/**
 * Builds the prospecting plugin with its ports: the Telegram Bot API (default: `fetch` against
 * `QUARTET_TELEGRAM_API_URL` or api.telegram.org) and the per-process form rate limiter.
 *
 * @example createProspectingPlugin({ telegram: fetchTelegramApi({ baseUrl: "http://127.0.0.1:8081" }) })
 */
export function createProspectingPlugin(ports: Partial<ProspectingPorts> = {}) {
  const resolved: ProspectingPorts = {
    telegram: ports.telegram ?? fetchTelegramApi(),
    formLimiter: ports.formLimiter ?? createRateWindow({ windowMs: 60_000, maxKeys: 50_000 }),
  };
  return definePlugin({
    id: "prospecting",
    function: "prospecting",
    name: { en: "Prospecting", ru: "Лидогенерация" },
    description: {
      en: "Find people who show interest: web forms, Telegram, call lists with scripts. Only a qualified request is a lead.",
      ru: "Находит тех, кто проявил интерес: веб-формы, Telegram, обзвон по скриптам. Лид — только квалифицированная заявка.",
    },
    adds: [
      {
        en: "An inbox of requests from forms, Telegram and calls",
        ru: "Входящие заявки с форм, из Telegram и со звонков",
      },
      {
        en: "Call lists, campaigns, scripts and a call screen for callers",
        ru: "Списки обзвона, кампании, скрипты и экран звонка для операторов",
      },
    ],
    version: "0.1.0",
    quartet: "^0.1.0",
    dependsOn: [],
    settings: prospectingSettings,
    secretSettings: secretSettingKeys,
    permissions: allProspectingPermissions,
    messages,
    events: {
      emits: [requestReceived, leadQualified, requestTriaged],
      consumes: [callEnded, letterReceived],
    },
    db: {
      schema: { ...schema },
      migrationsFolder: fileURLToPath(new URL("../../migrations", import.meta.url)),
    },
    router: prospectingRouter(resolved),
    subscribers: [onCallEnded(resolved), onLetterReceived()],
    http: () => prospectingHooks(resolved),
    health: (ctx) => prospectingHealth(ctx),
    diagnostic: prospectingDiagnostic,
    plan: prospectingPlan,
    search: prospectingSearch,
    agenda: prospectingAgenda,
    notifications: prospectingNotifications,
    staffMessenger: prospectingStaffMessenger(resolved),
  });
}

/** The prospecting plugin as a server installs it. */
export const prospectingPlugin = createProspectingPlugin();

export { fetchTelegramApi, type TelegramApi } from "./ports/telegram-api.ts";

/** The manifest `quartet.config.ts` installs (`server: () => import("@quartet/prospecting/server")`). */
export default prospectingPlugin;
