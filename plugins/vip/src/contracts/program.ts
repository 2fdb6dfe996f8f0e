import { z } from "zod";
import { businessCalendarSchema } from "./calendar.ts";
import { criterionSchema } from "./criteria.ts";
import { bilingualName, wholeNumber } from "./fields.ts";
import { m } from "./messages.ts";

/** What a tier's clients get. Zero and null mean "nothing special". */
export const privilegesSchema = z.object({
  /** Discount on new orders, percent with up to two decimals. */
  discountPercent: z
    .number()
    .min(0, m.notNegative)
    .max(100, m.atMost100Percent)
    .multipleOf(0.01, m.twoDecimals)
    .default(0),
  /** Days the client may pay after ordering; also widens the payment terms its discipline is judged by. */
  deferredPaymentDays: wholeNumber("days", 365).default(0),
  /** The client gets a named key-account manager. */
  dedicatedManager: z.boolean().default(false),
  /** Place in queues: higher is served first; clients outside every tier have 0. */
  queuePriority: wholeNumber(null, 100).default(0),
  /** SLA: first response within this many business hours (quarters of an hour allowed); null for none. */
  firstResponseHours: z
    .number()
    .min(0.25, m.quarterHour)
    .max(720, m.atMost720Hours)
    .multipleOf(0.25, m.quarters)
    .nullable()
    .default(null),
});

/** A tier's privileges as stored. */
export type Privileges = z.output<typeof privilegesSchema>;

/** One tier: its criteria combined with all/any, and what its clients get. */
export const tierSchema = z.object({
  key: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, m.tierKey),
  name: bilingualName,
  /** `all`: every criterion must hold; `any`: one is enough. */
  combine: z.enum(["all", "any"]).default("all"),
  criteria: z.array(criterionSchema).min(1, m.oneCriterion).max(12, m.atMost12Criteria),
  privileges: privilegesSchema.prefault({}),
});

/** A tier as stored. */
export type Tier = z.output<typeof tierSchema>;

/** The tier a company starts with: paid at least 5 000 000 ₽ in 12 months. */
export const defaultTier: z.input<typeof tierSchema> = {
  key: "vip",
  name: { ru: "VIP", en: "VIP" },
  criteria: [{ kind: "revenue", windowMonths: 12, minMinor: 500_000_000 }],
  privileges: { firstResponseHours: 4, dedicatedManager: true, queuePriority: 10 },
};

/**
 * The company's VIP program. `tiers` run from the lowest to the highest: the highest tier whose
 * criteria are met wins. Demotion waits `graceDays` below the criteria (0: at once). An order is
 * overdue when not fully paid `paymentTermsDays` after it was ordered (or the tier's deferral,
 * when longer). Accounts are reviewed every `reviewPeriodMonths`.
 */
export const vipProgramSchema = z.object({
  tiers: z
    .array(tierSchema)
    .min(1, m.oneTier)
    .max(10, m.atMost10Tiers)
    .refine((tiers) => new Set(tiers.map((t) => t.key)).size === tiers.length, m.tierKeys)
    .default(() => [tierSchema.parse(defaultTier)]),
  graceDays: wholeNumber("days", 730).default(90),
  paymentTermsDays: wholeNumber("days", 365).default(14),
  reviewPeriodMonths: wholeNumber("months", 24).min(1, m.atLeastOneMonth).default(3),
  calendar: businessCalendarSchema.prefault({}),
});

/** The program as stored and used (defaults filled in). */
export type VipProgram = z.output<typeof vipProgramSchema>;

/** The program as an administrator submits it. */
export type VipProgramInput = z.input<typeof vipProgramSchema>;

/** The program of a company that has not changed anything. */
export const defaultVipProgram: VipProgram = vipProgramSchema.parse({});
