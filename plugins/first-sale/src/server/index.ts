import { fileURLToPath } from "node:url";
import { documentSent, paymentReceived } from "@quartet/core";
import { definePlugin } from "@quartet/core/plugin";
import { leadQualified } from "@quartet/prospecting/contracts";
import { dealLost, dealWon } from "../contracts/events.ts";
import { m as messages } from "../contracts/messages.ts";
import { allFirstSalePermissions } from "../contracts/permissions.ts";
import { firstSaleSettings } from "../contracts/settings.ts";
import * as schema from "../db/schema.ts";
import { firstSaleClientDeals } from "./client-deals.ts";
import { firstSaleDiagnostic } from "./diagnostic.ts";
import { firstSaleDocuments } from "./documents/index.ts";
import { firstSaleHealth } from "./health.ts";
import { dealRottingNotification } from "./notifications.ts";
import { firstSalePipeline, firstSalePlan } from "./plan.ts";
import { firstSaleRouter } from "./router.ts";
import { firstSaleSearch } from "./search.ts";
import { ensureDefaultPipeline } from "./services/pipelines/ensure-default-pipeline.ts";
import { dealFromLead } from "./subscribers/lead-qualified.ts";
import { winOnPayment } from "./subscribers/payment-received.ts";
import { markMailedProposalSent } from "./subscribers/proposal-mailed.ts";

/** The first-sale plugin: deals from a qualified lead to money received, proposals, forecast, handover to farming. */
export const firstSalePlugin = definePlugin({
  id: "first-sale",
  function: "first-sale",
  name: { en: "First sale", ru: "Первая продажа" },
  description: {
    en: "Hunters take a lead to money received: pipelines, deals, proposals, invoices, a forecast; the won client goes to farming.",
    ru: "Охотники доводят лид до денег: воронки, сделки, КП, счета, прогноз; выигранный клиент передаётся на развитие.",
  },
  adds: [
    {
      en: "Pipelines with a deal board and rotting deals",
      ru: "Воронки с доской сделок и зависшими сделками",
    },
    {
      en: "Commercial proposals and invoices as PDF, sent by email",
      ru: "Коммерческие предложения и счета в PDF с отправкой по почте",
    },
    {
      en: "A weighted forecast and first-sale statistics",
      ru: "Взвешенный прогноз и статистика первых продаж",
    },
  ],
  version: "0.1.0",
  quartet: "^0.1.0",
  dependsOn: [],
  settings: firstSaleSettings,
  permissions: allFirstSalePermissions,
  messages,
  events: { emits: [dealWon, dealLost], consumes: [paymentReceived, leadQualified, documentSent] },
  db: {
    schema: { ...schema },
    migrationsFolder: fileURLToPath(new URL("../../migrations", import.meta.url)),
  },
  router: firstSaleRouter,
  subscribers: [winOnPayment, dealFromLead, markMailedProposalSent],
  documents: firstSaleDocuments,
  health: (ctx) => firstSaleHealth(ctx),
  diagnostic: firstSaleDiagnostic,
  plan: firstSalePlan,
  pipeline: firstSalePipeline,
  clientDeals: firstSaleClientDeals,
  search: firstSaleSearch,
  notifications: [dealRottingNotification],
  lifecycle: {
    async onEnable(ctx) {
      await ensureDefaultPipeline(ctx, ctx.scope);
    },
  },
});

/** The manifest `quartet.config.ts` installs (`server: () => import("@quartet/first-sale/server")`). */
export default firstSalePlugin;
