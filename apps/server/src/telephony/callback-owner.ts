import type { LifecycleStage, SalesFunction } from "@quartet/core";

/** What picks who calls a client back: its stage, tier and owner per function, and who the PBX rang. */
export type CallbackSubject = {
  stage: LifecycleStage;
  tier: "standard" | "vip";
  owners: Readonly<Record<SalesFunction, string | null>>;
  /** The member behind the extension that rang, when the PBX says. */
  rang: string | null;
};

const byStage: Record<LifecycleStage, SalesFunction> = {
  prospect: "prospecting",
  lead: "first-sale",
  negotiation: "first-sale",
  customer: "farming",
};

const fallbackOrder: readonly SalesFunction[] = ["vip", "farming", "first-sale", "prospecting"];

/**
 * Who calls a client back after a missed call: its VIP manager when it is VIP, else the owner of
 * the function its stage belongs to (prospect → prospecting, lead and negotiation → first sale,
 * customer → farming), else any owner it has (VIP, farming, first sale, prospecting), else the
 * member the PBX rang; null when there is nobody.
 *
 * @example callbackOwner({ stage: "customer", tier: "standard", owners: { farming: "usr_f", … }, rang: null }) // "usr_f"
 */
export function callbackOwner(subject: CallbackSubject): string | null {
  const first = subject.tier === "vip" ? "vip" : byStage[subject.stage];
  const order = [first, ...fallbackOrder.filter((fn) => fn !== first)];
  for (const fn of order) {
    const owner = subject.owners[fn];
    if (owner) return owner;
  }
  return subject.rang;
}
