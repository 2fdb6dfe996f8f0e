import { validateInn, validateKpp } from "@quartet/core";
import { z } from "zod";
import { lostReasonsSetting } from "./lost-reasons.ts";

/**
 * When a deal counts as won — the company chooses: money received in full (default), a signed
 * contract, or a prepayment of at least `percent` of the invoice.
 */
export const wonRuleSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("full-payment") }),
  z.object({ kind: z.literal("contract-signed") }),
  z.object({
    kind: z.literal("prepayment"),
    percent: z.number().int("Whole percent").min(1, "At least 1 %").max(100, "At most 100 %"),
  }),
]);

/** One of the won rules. */
export type WonRule = z.output<typeof wonRuleSchema>;

const text = (max: number) => z.string().trim().max(max).default("");
const digits = (n: number, label: string) =>
  text(n).refine((v) => v === "" || new RegExp(`^\\d{${n}}$`).test(v), `${label} has ${n} digits`);

/** The organisation's requisites, printed on proposals (snapshotted into each version). */
export const requisitesSchema = z.object({
  companyName: text(300),
  inn: text(12).refine((v) => v === "" || validateInn(v).ok, "Not a valid INN"),
  kpp: text(9).refine((v) => v === "" || validateKpp(v).ok, "Not a valid KPP"),
  ogrn: text(15),
  address: text(500),
  bankName: text(300),
  bik: digits(9, "BIK"),
  account: digits(20, "The account"),
  correspondentAccount: digits(20, "The correspondent account"),
  phone: text(50),
  email: text(200),
});

/** Requisites as settings hold them. */
export type Requisites = z.output<typeof requisitesSchema>;

/** The settings of first sale, all with defaults so enabling needs none. */
export const firstSaleSettings = z.object({
  wonWhen: wonRuleSchema.default({ kind: "full-payment" }),
  /** A qualified lead from prospecting becomes a deal in the default pipeline's first stage. */
  autoCreateDealFromLead: z.boolean().default(true),
  lostReasons: lostReasonsSetting,
  /** How the hunter of an automatic deal is chosen when the client has no first-sale owner yet. */
  assignmentStrategy: z.enum(["round-robin", "least-busy"]).default("round-robin"),
  /** A won deal asks core for a handoff to farming (when the client has no farmer yet). */
  handoffToFarming: z.boolean().default(true),
  /** New deals money target per month in minor units of the organisation's currency; 0 = no target. */
  monthlyTargetMinor: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0),
  /** How long a new proposal stays valid, in days. */
  proposalValidityDays: z.number().int().min(1).max(365).default(14),
  requisites: requisitesSchema.default(requisitesSchema.parse({})),
});

/** Parsed settings. */
export type FirstSaleSettings = z.output<typeof firstSaleSettings>;
