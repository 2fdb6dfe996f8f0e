import { z } from "zod";

const int = z.number().int();
const date = z.string();
const reason = <C extends string, P extends z.ZodRawShape>(code: C, params: P) =>
  z.object({ code: z.literal(code), params: z.object(params) });
const criterion = <C extends string, P extends z.ZodRawShape>(code: C, params: P) =>
  reason(code, { met: z.boolean(), ...params });

/**
 * Why a tier was or was not met, or why a client moved: a code and the numbers behind it, which
 * `texts.ts` (and the admin app) word in each language. Criterion reasons carry `met`.
 *
 * @example { code: "revenue", params: { met: true, paidMinor: 520_000_000, minMinor: 500_000_000, windowMonths: 12 } }
 */
export const reasonSchema = z.discriminatedUnion("code", [
  criterion("revenue", { paidMinor: int, minMinor: int, windowMonths: int }),
  criterion("tenure", {
    /** The first order's date; null when the client has none. */
    since: date.nullable(),
    months: int,
    minMonths: int,
    quarters: int,
    quartersWithRevenue: int,
    /** The newest completed quarter without payments, e.g. `2025-Q3`. */
    missingQuarter: z.string().nullable(),
  }),
  criterion("average-order", { averageMinor: int, minMinor: int, orders: int, windowMonths: int }),
  criterion("largest-order", { largestMinor: int, minMinor: int, windowMonths: int }),
  criterion("categories", {
    match: z.enum(["any", "all"]),
    required: z.array(z.string()),
    bought: z.array(z.string()),
    windowMonths: int,
  }),
  criterion("payment-discipline", {
    overdue: int,
    maxOverdue: int,
    /** The most days any counted order was (or still is) paid late. */
    worstDaysLate: int,
    termsDays: int,
    windowMonths: int,
  }),
  criterion("manual", {
    tierKey: z.string().nullable(),
    reason: z.string().nullable(),
    until: date.nullable(),
  }),
  reason("grace-started", { graceDays: int, demoteOn: date }),
  reason("in-grace", { since: date, demoteOn: date, daysLeft: int }),
  reason("grace-expired", { since: date, graceDays: int }),
  reason("recovered", { since: date }),
  reason("override-keep", { tierKey: z.string(), reason: z.string(), until: date.nullable() }),
  reason("override-exclude", { reason: z.string(), until: date.nullable() }),
  reason("tier-removed", { tierKey: z.string() }),
]);

/** One reason, typed by its code. */
export type Reason = z.output<typeof reasonSchema>;

/** The code of a reason. */
export type ReasonCode = Reason["code"];

/** The reason of one criterion (it carries `met`). */
export type CriterionReason = Extract<Reason, { params: { met: boolean } }>;
