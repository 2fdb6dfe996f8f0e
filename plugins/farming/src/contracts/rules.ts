import { z } from "zod";
import { m } from "./messages.ts";

const days = () => z.number().int(m.wholeDays).min(1, m.atLeastOneDay).max(365, m.atMost365Days);
const share = z.number().min(0).max(1);
const minor = z.number().int(m.wholeKopecksShort).min(0, m.notNegative).max(Number.MAX_SAFE_INTEGER);
const abcClass = z.enum(["A", "B", "C"]);

/** One cadence rule: clients that match (class and/or 12-month revenue at least) are contacted every `days`. */
export const cadenceRuleSchema = z.object({
  abc: abcClass.nullable().default(null),
  minRevenueMinor: minor.nullable().default(null),
  days: days(),
});

/** Stages of expansion deals, in order, before won and lost. */
export const dealStageSchema = z.object({
  key: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{1,40}$/, m.stageKey)
    .refine((key) => key !== "won" && key !== "lost", m.keptStageKeys),
  name: z.object({
    ru: z.string().trim().min(1, m.nameStage).max(60),
    en: z.string().trim().min(1, m.nameStage).max(60),
  }),
  probability: z.number().int().min(0).max(100),
});

/**
 * The company's farming rules: how often clients are contacted, how ABC/XYZ classes are cut, how
 * late a purchase may be, how the maturity ladder and health score are read, what the four-legs
 * page aims at, and the stages of expansion deals. Every change is audited and recomputes accounts.
 */
export const farmingRulesSchema = z.object({
  cadence: z
    .object({
      /** First matching rule wins; otherwise `defaultDays`. */
      rules: z
        .array(cadenceRuleSchema)
        .max(20)
        .default([
          { abc: "A", minRevenueMinor: null, days: 14 },
          { abc: "B", minRevenueMinor: null, days: 30 },
        ]),
      defaultDays: days().default(60),
    })
    .prefault({}),
  classes: z
    .object({
      /** Clients making the first `aShare` of revenue are A, up to `bShare` B, the rest C. */
      aShare: share.default(0.8),
      bShare: share.default(0.95),
      /** Coefficient of variation of monthly revenue: ≤ xMax is X (steady), ≤ yMax Y, above Z. */
      xMaxVariation: z.number().min(0).max(10).default(0.5),
      yMaxVariation: z.number().min(0).max(10).default(1),
    })
    .refine((c) => c.aShare <= c.bShare, {
      message: m.shareOrder,
      path: ["bShare"],
    })
    .prefault({}),
  purchase: z
    .object({
      /** A client is late when the days since its last order exceed its interval by this percent… */
      tolerancePercent: z.number().int().min(0).max(500).default(50),
      /** …and by at least this many days. */
      minLateDays: z.number().int().min(0).max(365).default(7),
      /** Orders needed before an interval is estimated. */
      minOrders: z.number().int().min(2).max(50).default(3),
    })
    .prefault({}),
  ladder: z
    .object({
      /** Complex supply: at least this many categories bought in 12 months… */
      complexMinCategories: z.number().int().min(2).max(100).default(3),
      /** …or an order at least this big (0: not used). */
      complexMinOrderMinor: minor.default(0),
      /** Project: an order at least this big (0: not used), or an order a farmer marked as a project. */
      projectMinOrderMinor: minor.default(0),
    })
    .prefault({}),
  health: z
    .object({
      weights: z
        .object({
          recency: z.number().min(0).max(10).default(3),
          frequency: z.number().min(0).max(10).default(2),
          trend: z.number().min(0).max(10).default(2),
          contact: z.number().min(0).max(10).default(2),
          issues: z.number().min(0).max(10).default(1),
        })
        .prefault({}),
      /** Below this score (0–100) a client is at risk: a task for its farmer and `farming.client.at-risk`. */
      atRiskBelow: z.number().int().min(0).max(100).default(40),
      /** Below this score a client needs attention. */
      watchBelow: z.number().int().min(0).max(100).default(65),
    })
    .prefault({}),
  whitespace: z
    .object({
      windowMonths: z.number().int().min(1).max(60).default(12),
      /** Peers who buy both categories, at least. */
      minSupport: z.number().int().min(1).max(1000).default(3),
      /** Share of peers buying A who also buy B, at least. */
      minConfidence: share.default(0.5),
      /** Offers shown per client. */
      maxOffers: z.number().int().min(1).max(20).default(3),
    })
    .prefault({}),
  targets: z
    .object({
      /** Share of the portfolio contacted within cadence, percent, at least. */
      contactedWithinCadence: z.number().min(0).max(100).default(80),
      /** Clients overdue for contact, percent of the portfolio, at most. */
      overdueShare: z.number().min(0).max(100).default(20),
      /** Clients late to buy, percent of those with an interval, at most. */
      lateShare: z.number().min(0).max(100).default(15),
      /** Revenue of at-risk clients, percent of 12-month revenue, at most. */
      atRiskRevenueShare: z.number().min(0).max(100).default(10),
      /** Net revenue retention over 12 months, percent, at least. */
      netRevenueRetention: z.number().min(0).max(1000).default(100),
    })
    .prefault({}),
  stages: z
    .array(dealStageSchema)
    .min(1, m.oneStage)
    .max(12)
    .refine((list) => new Set(list.map((s) => s.key)).size === list.length, m.stageKeysDiffer)
    .default([
      { key: "idea", name: { ru: "Идея", en: "Idea" }, probability: 10 },
      { key: "discussion", name: { ru: "Обсуждение", en: "Discussion" }, probability: 30 },
      { key: "proposal", name: { ru: "Предложение", en: "Proposal" }, probability: 60 },
      { key: "agreement", name: { ru: "Согласование", en: "Agreement" }, probability: 80 },
    ]),
});

/** The rules as stored and used (defaults filled in). */
export type FarmingRules = z.output<typeof farmingRulesSchema>;

/** The rules as an administrator submits them. */
export type FarmingRulesInput = z.input<typeof farmingRulesSchema>;

/** The default rules of a company that has not changed any. */
export const defaultFarmingRules: FarmingRules = farmingRulesSchema.parse({});
