import { z } from "zod";
import { positiveMinor, wholeNumber, windowMonths } from "./fields.ts";
import { m } from "./messages.ts";

const window = windowMonths.default(12);
const amountOver = <K extends string>(kind: K) =>
  z.object({ kind: z.literal(kind), windowMonths: window, minMinor: positiveMinor });

/** Paid at least `minMinor` over the last `windowMonths` (payments by their date). */
export const revenueCriterionSchema = amountOver("revenue");

/** A client for at least `minMonths` since its first order, with payments in each of the last `quartersWithRevenue` completed calendar quarters. */
export const tenureCriterionSchema = z.object({
  kind: z.literal("tenure"),
  minMonths: wholeNumber("months", 600).default(24),
  quartersWithRevenue: wholeNumber("quarters", 20).default(4),
});

/** The average order over the window is at least `minMinor`. */
export const averageOrderCriterionSchema = amountOver("average-order");

/** The largest order over the window is at least `minMinor`. */
export const largestOrderCriterionSchema = amountOver("largest-order");

/** Bought from any (or all) of the given catalog categories over the window; a subcategory counts for its parent. */
export const categoriesCriterionSchema = z.object({
  kind: z.literal("categories"),
  windowMonths: window,
  categoryIds: z
    .array(z.string().trim().min(1))
    .min(1, m.oneCategory)
    .max(50, m.atMost50Categories)
    .refine((ids) => new Set(ids).size === ids.length, m.categoryTwice),
  match: z.enum(["any", "all"]).default("any"),
});

/** At most `maxOverdueOrders` orders overdue in the window: not fully paid within the payment terms after ordering. */
export const paymentDisciplineCriterionSchema = z.object({
  kind: z.literal("payment-discipline"),
  windowMonths: window,
  maxOverdueOrders: wholeNumber(null, 100).default(0),
});

/** The client is designated by hand (special terms) for this tier or a higher one, with a reason and an optional expiry. */
export const manualCriterionSchema = z.object({ kind: z.literal("manual") });

/** One criterion of a tier. */
export const criterionSchema = z.discriminatedUnion("kind", [
  revenueCriterionSchema,
  tenureCriterionSchema,
  averageOrderCriterionSchema,
  largestOrderCriterionSchema,
  categoriesCriterionSchema,
  paymentDisciplineCriterionSchema,
  manualCriterionSchema,
]);

/** A criterion as stored (defaults filled in). */
export type Criterion = z.output<typeof criterionSchema>;

/** The kinds of criteria, in the order the settings page offers them. */
export const criterionKinds = [
  "revenue",
  "tenure",
  "average-order",
  "largest-order",
  "categories",
  "payment-discipline",
  "manual",
] as const satisfies readonly Criterion["kind"][];

/** One kind of criterion. */
export type CriterionKind = (typeof criterionKinds)[number];
