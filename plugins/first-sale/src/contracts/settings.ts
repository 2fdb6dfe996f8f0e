import { labelled } from "@quartet/core/plugin";
import { z } from "zod";
import { lostReasonsSetting } from "./lost-reasons.ts";
import { m } from "./messages.ts";

/**
 * When a deal counts as won — the company chooses: money received in full (default), a signed
 * contract, or a prepayment of at least `percent` of the invoice.
 */
export const wonRuleSchema = z.discriminatedUnion("kind", [
  labelled(z.object({ kind: z.literal("full-payment") }), {
    title: { ru: "Оплачен полностью", en: "Paid in full" },
  }),
  labelled(z.object({ kind: z.literal("contract-signed") }), {
    title: { ru: "Подписан договор", en: "Contract signed" },
  }),
  labelled(
    z.object({
      kind: z.literal("prepayment"),
      percent: labelled(
        z.number().int(m.wholePercent).min(1, m.atLeast1Percent).max(100, m.atMost100Percent),
        {
          title: { ru: "Предоплата не меньше", en: "Prepayment at least" },
          description: { ru: "Доля суммы счёта, от 1 до 100", en: "Share of the invoice, 1 to 100" },
          kind: "percent",
        },
      ),
    }),
    { title: { ru: "Внесена предоплата", en: "Prepayment received" } },
  ),
]);

/** One of the won rules. */
export type WonRule = z.output<typeof wonRuleSchema>;

/** The largest monthly target a form accepts, in minor units: 10 billion roubles. */
export const maxMonthlyTargetMinor = 1_000_000_000_000;

const deals = { ru: "Сделки", en: "Deals" };
const target = { ru: "План продаж", en: "Sales target" };
const proposals = { ru: "Коммерческие предложения", en: "Proposals" };

/** The settings of first sale, all with defaults so enabling needs none; grouped in three sections. */
export const firstSaleSettings = z.object({
  wonWhen: labelled(wonRuleSchema.default({ kind: "full-payment" }), {
    title: { ru: "Когда сделка считается выигранной", en: "When a deal counts as won" },
    section: deals,
    description: {
      ru: "По этому событию сделка переходит в «Выиграна» и уходит в развитие",
      en: "This event moves a deal to won and hands it over to farming",
    },
  }),
  /** A qualified lead from prospecting becomes a deal in the default pipeline's first stage. */
  autoCreateDealFromLead: labelled(z.boolean().default(true), {
    title: { ru: "Создавать сделку из квалифицированного лида", en: "Create a deal from a qualified lead" },
    section: deals,
    description: {
      ru: "Сделка появляется на первом этапе основной воронки",
      en: "The deal appears in the first stage of the main pipeline",
    },
  }),
  /** How the hunter of an automatic deal is chosen when the client has no first-sale owner yet. */
  assignmentStrategy: labelled(z.enum(["round-robin", "least-busy"]).default("round-robin"), {
    title: { ru: "Кому назначать новую сделку", en: "Who gets a new deal" },
    section: deals,
    description: {
      ru: "Когда у клиента ещё нет ответственного в первой продаже",
      en: "When the client has no first-sale owner yet",
    },
    options: {
      "round-robin": { ru: "По очереди", en: "In turn" },
      "least-busy": { ru: "Наименее загруженному", en: "The least busy" },
    },
  }),
  /** A won deal asks core for a handoff to farming (when the client has no farmer yet). */
  handoffToFarming: labelled(z.boolean().default(true), {
    title: { ru: "Передавать выигранного клиента в развитие", en: "Hand won clients over to farming" },
    section: deals,
    description: { ru: "Если у клиента ещё нет фермера", en: "When the client has no farmer yet" },
  }),
  lostReasons: lostReasonsSetting,
  /** New deals money target per month in minor units of the organisation's currency; 0 = no target. */
  monthlyTargetMinor: labelled(z.number().int().min(0).max(maxMonthlyTargetMinor).default(0), {
    title: { ru: "План продаж на месяц", en: "Monthly sales target" },
    section: target,
    description: { ru: "Сумма новых сделок; 0 — план не задан", en: "New deals revenue; 0: no target" },
    kind: "money",
  }),
  /** How long a new proposal stays valid, in days. */
  proposalValidityDays: labelled(z.number().int().min(1).max(365).default(14), {
    title: { ru: "Срок действия коммерческого предложения", en: "Proposal valid for" },
    section: proposals,
    description: { ru: "От 1 до 365 дней", en: "1 to 365 days" },
    kind: "days",
  }),
});

/** Parsed settings. */
export type FirstSaleSettings = z.output<typeof firstSaleSettings>;
