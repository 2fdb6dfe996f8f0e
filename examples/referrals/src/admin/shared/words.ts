import { failureOf, refusalText } from "@quartet/ui";
import { i18n } from "../i18n/index.ts";

/** The permissions the screens check, as literals: the admin bundle does not load the contracts. */
export const perm = { read: "referrals.referrals.read", write: "referrals.referrals.write" } as const;

/** Rewards in the viewer's language, one sum per currency: «5 000,00 ₽». */
export function sums(rewards: readonly { amountMinor: number; currency: string }[]): string {
  return rewards.map((r) => i18n.formatMoney(r)).join(", ");
}

/** A date in the viewer's language: «6 мая 2026 г.», "6 May 2026". */
export function day(at: number): string {
  return i18n.formatDate(at, { day: "numeric", month: "short", year: "numeric" });
}

/** A refused call in the viewer's language (the server words its refusals); only "offline" is worded here. */
export function errorText(error: unknown): string {
  return refusalText(failureOf(error)) ?? i18n.t("offline");
}
