import type { Tier, VipProgram } from "../contracts/program.ts";

type Tiers = Pick<VipProgram, "tiers">;

/** The rank of a tier in the program, 0 for the lowest; -1 for no tier or a key the program no longer has. */
export function tierIndex(program: Tiers, tierKey: string | null): number {
  return tierKey === null ? -1 : program.tiers.findIndex((t) => t.key === tierKey);
}

/** The tier with this key, or null. */
export function tierByKey(program: Tiers, tierKey: string | null): Tier | null {
  return program.tiers[tierIndex(program, tierKey)] ?? null;
}

/** The days a client of this tier has to pay an order: the company's terms, or the tier's deferral when longer. */
export function paymentTermsFor(
  program: Pick<VipProgram, "tiers" | "paymentTermsDays">,
  tierKey: string | null,
): number {
  const deferral = tierByKey(program, tierKey)?.privileges.deferredPaymentDays ?? 0;
  return Math.max(program.paymentTermsDays, deferral);
}

/** The first-response SLA of a tier in business minutes; null when the tier has none (or there is no tier). */
export function slaMinutesFor(program: Tiers, tierKey: string | null): number | null {
  const hours = tierByKey(program, tierKey)?.privileges.firstResponseHours ?? null;
  return hours === null ? null : Math.round(hours * 60);
}
