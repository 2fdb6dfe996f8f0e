import { fileURLToPath } from "node:url";
import {
  handoffAccepted,
  handoffCancelled,
  handoffRejected,
  handoffRequested,
  orderRecorded,
  paymentReceived,
} from "@quartet/core";
import { definePlugin } from "@quartet/core/plugin";
import { requestReceived, requestTriaged } from "@quartet/prospecting/contracts";
import { clientDemoted, clientPromoted, slaBreached } from "../contracts/events.ts";
import { m as messages } from "../contracts/messages.ts";
import { allVipPermissions } from "../contracts/permissions.ts";
import * as schema from "../db/schema.ts";
import { vipDiagnostic } from "./diagnostic.ts";
import { vipHealth } from "./health.ts";
import { reassessJob } from "./jobs/reassess.ts";
import { slaJob } from "./jobs/sla.ts";
import { vipPlan } from "./plan.ts";
import { vipPricing } from "./pricing.ts";
import { vipRouter } from "./router.ts";
import { reassessClients } from "./services/assess/reassess-clients.ts";
import { clockOnHandoff } from "./subscribers/clock-on-handoff.ts";
import { clockOnInbox } from "./subscribers/clock-on-inbox.ts";
import { reassessOnOrder } from "./subscribers/reassess-on-order.ts";
import { reassessOnPayment } from "./subscribers/reassess-on-payment.ts";
import {
  stopOnHandoffAccepted,
  stopOnHandoffRejected,
  withdrawOnHandoffCancelled,
} from "./subscribers/stop-on-handoff.ts";
import { stopOnTriage } from "./subscribers/stop-on-triage.ts";

/** The VIP plugin: tiers by the company's criteria, grace periods, privileges on orders, business-hour SLAs, reviews. */
export const vipPlugin = definePlugin({
  id: "vip",
  function: "vip",
  name: { en: "VIP clients", ru: "VIP-клиенты" },
  description: {
    en: "Key-account managers serve the clients the company picks by its own criteria on special conditions: tiers, discounts and deferred payment, first-response SLAs in business hours, periodic reviews.",
    ru: "Ключевые менеджеры обслуживают клиентов, отобранных по критериям компании, на особых условиях: уровни, скидки и отсрочка, сроки ответа в рабочих часах, периодические ревизии.",
  },
  adds: [
    {
      en: "Tiers with explained promotions, grace periods and overrides",
      ru: "Уровни с объяснимым повышением, льготным периодом и ручными решениями",
    },
    {
      en: "Tier discounts and payment terms on new orders",
      ru: "Скидки и отсрочка уровня в новых заказах",
    },
    {
      en: "First-response SLA in business hours with escalation, and periodic reviews",
      ru: "Срок первого ответа в рабочих часах с эскалацией и периодические ревизии",
    },
  ],
  version: "0.1.0",
  quartet: "^0.1.0",
  dependsOn: [],
  permissions: allVipPermissions,
  messages,
  events: {
    emits: [clientPromoted, clientDemoted, slaBreached],
    consumes: [
      paymentReceived,
      orderRecorded,
      handoffRequested,
      handoffAccepted,
      handoffRejected,
      handoffCancelled,
      requestReceived,
      requestTriaged,
    ],
  },
  db: {
    schema: { ...schema },
    migrationsFolder: fileURLToPath(new URL("../../migrations", import.meta.url)),
  },
  router: vipRouter,
  subscribers: [
    reassessOnPayment,
    reassessOnOrder,
    clockOnHandoff,
    stopOnHandoffAccepted,
    stopOnHandoffRejected,
    withdrawOnHandoffCancelled,
    clockOnInbox,
    stopOnTriage,
  ],
  jobs: [reassessJob, slaJob],
  health: (ctx) => vipHealth(ctx),
  diagnostic: vipDiagnostic,
  plan: vipPlan,
  pricing: vipPricing,
  lifecycle: {
    /** Judges every client now (again after a pause): idempotent, no move or task is recorded twice. */
    async onEnable(ctx) {
      await reassessClients(ctx, ctx.scope, "all");
    },
  },
});

/** The manifest `quartet.config.ts` installs (`server: () => import("@quartet/vip/server")`). */
export default vipPlugin;
