import { fileURLToPath } from "node:url";
import { paymentReceived } from "@quartet/core";
import { definePlugin } from "@quartet/core/plugin";
import { referralRecorded, rewardDue } from "../contracts/events.ts";
import { m as messages } from "../contracts/messages.ts";
import { allReferralsPermissions } from "../contracts/permissions.ts";
import { referralsSettings } from "../contracts/settings.ts";
import * as schema from "../db/schema.ts";
import { referralsRouter } from "./router.ts";
import { rewardOnPayment } from "./subscribers/reward-on-payment.ts";

/**
 * The referrals plugin — an example written the way an outside developer writes one: a client is
 * recorded as referred by another client, and each payment of the referred client makes a reward
 * due to its referrer. Installed by one line in `quartet.config.ts`: `{ server: () => import("@quartet-examples/referrals/server") }`.
 */
export default definePlugin({
  id: "referrals",
  function: "farming",
  name: { en: "Referrals", ru: "Рекомендации" },
  description: {
    en: "Who referred whom among the clients, and the rewards due to referrers when referred clients pay.",
    ru: "Кто из клиентов кого порекомендовал и какие вознаграждения причитаются рекомендателям за оплаты приведённых клиентов.",
  },
  adds: [
    { en: "A referrals card on the client page", ru: "Карточка рекомендаций на странице клиента" },
    { en: "A list of referrals and rewards due", ru: "Список рекомендаций и причитающихся вознаграждений" },
  ],
  version: "0.1.0",
  quartet: "^0.1.0",
  dependsOn: [],
  settings: referralsSettings,
  permissions: allReferralsPermissions,
  messages,
  events: { emits: [referralRecorded, rewardDue], consumes: [paymentReceived] },
  db: {
    schema: { ...schema },
    migrationsFolder: fileURLToPath(new URL("../../migrations", import.meta.url)),
  },
  router: referralsRouter,
  subscribers: [rewardOnPayment],
});
