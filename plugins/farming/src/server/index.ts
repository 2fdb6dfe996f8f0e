import { fileURLToPath } from "node:url";
import { clientsMerged, handoffAccepted, orderRecorded, paymentReceived } from "@quartet/core";
import { definePlugin } from "@quartet/core/plugin";
import { clientAtRisk, expansionDealWon, maturityChanged } from "../contracts/events.ts";
import { m as messages } from "../contracts/messages.ts";
import { allFarmingPermissions } from "../contracts/permissions.ts";
import * as schema from "../db/schema.ts";
import { farmingClientDeals } from "./client-deals.ts";
import { farmingDiagnostic } from "./diagnostic.ts";
import { farmingHealth } from "./health.ts";
import { recomputeJob } from "./jobs/recompute.ts";
import { farmingPipeline, farmingPlan } from "./plan.ts";
import { farmingRouter } from "./router.ts";
import { recomputeClients } from "./services/recompute/recompute-clients.ts";
import { mergeOnClientMerged } from "./subscribers/merge-on-client-merged.ts";
import { recomputeOnHandoff } from "./subscribers/recompute-on-handoff.ts";
import { recomputeOnOrder } from "./subscribers/recompute-on-order.ts";
import { recomputeOnPayment } from "./subscribers/recompute-on-payment.ts";
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
  quartet: "^0.1.0",
  dependsOn: [],
  permissions: allFarmingPermissions,
  messages,
  events: {
    emits: [clientAtRisk, expansionDealWon, maturityChanged],
    consumes: [paymentReceived, orderRecorded, handoffAccepted, clientsMerged],
  },
  db: {
    schema: { ...schema },
    migrationsFolder: fileURLToPath(new URL("../../migrations", import.meta.url)),
  },
  router: farmingRouter,
  subscribers: [winOnPayment, recomputeOnPayment, recomputeOnOrder, recomputeOnHandoff, mergeOnClientMerged],
  jobs: [recomputeJob],
  health: (ctx) => farmingHealth(ctx),
  diagnostic: farmingDiagnostic,
  plan: farmingPlan,
  pipeline: farmingPipeline,
  clientDeals: farmingClientDeals,
  lifecycle: {
    /** Computes every account now (again after a pause): idempotent, no task is raised twice. */
    async onEnable(ctx) {
      await recomputeClients(ctx, ctx.scope, "all");
    },
  },
});

/** The manifest `quartet.config.ts` installs (`server: () => import("@quartet/farming/server")`). */
export default farmingPlugin;
