import { fileURLToPath } from "node:url";
import { paymentReceived } from "@quartet/core";
import { definePlugin } from "@quartet/core/plugin";
import { clientAtRisk, expansionDealWon, maturityChanged } from "../contracts/events.ts";
import { allFarmingPermissions } from "../contracts/permissions.ts";
import * as schema from "../db/schema.ts";
import { farmingRouter } from "./router.ts";
import { winOnPayment } from "./subscribers/win-on-payment.ts";

/** The farming plugin: portfolios, cadence, next purchase, whitespace, expansion deals, maturity, account health. */
export const farmingPlugin = definePlugin({
  id: "farming",
  function: "farming",
  name: { en: "Farming", ru: "Развитие клиентов" },
  description: {
    en: "Farmers keep in touch with existing clients and grow what they buy: portfolios, contact cadence, expected purchases, offers, expansion deals, account health.",
    ru: "Фермеры регулярно общаются с клиентами и расширяют их закупки: портфели, частота контактов, ожидаемые закупки, предложения, сделки развития, здоровье клиентов.",
  },
  adds: [
    {
      en: "The farmer's day: overdue contacts, late purchasers and clients at risk",
      ru: "День фермера: просроченные контакты, опоздавшие с закупкой и клиенты под угрозой",
    },
    {
      en: "Whitespace offers with evidence and expansion deals",
      ru: "Предложения по незакрытым категориям с обоснованием и сделки развития",
    },
    {
      en: "ABC/XYZ classes, maturity ladder and retention statistics",
      ru: "Классы ABC/XYZ, лестница зрелости и статистика удержания",
    },
  ],
  version: "0.1.0",
  dependsOn: [],
  permissions: allFarmingPermissions,
  events: {
    emits: [clientAtRisk, expansionDealWon, maturityChanged],
    consumes: [paymentReceived],
  },
  db: {
    schema: { ...schema },
    migrationsFolder: fileURLToPath(new URL("../../migrations", import.meta.url)),
  },
  router: farmingRouter,
  subscribers: [winOnPayment],
});
