import { DomainError } from "../errors.ts";
import { clientMessages } from "../messages/catalogs/clients.ts";
import { stageRef } from "../messages/catalogs/words.ts";

/**
 * Where a client stands, in order: `prospect` (a company we target), `lead` (it expressed
 * interest), `negotiation` (a first deal is being worked), `customer` (it has paid).
 */
export const lifecycleStages = ["prospect", "lead", "negotiation", "customer"] as const;

/** One of `lifecycleStages`. */
export type LifecycleStage = (typeof lifecycleStages)[number];

/** A client's tier, separate from its stage: `vip` clients are served by key-account managers. */
export const clientTiers = ["standard", "vip"] as const;

/** One of `clientTiers`. */
export type ClientTier = (typeof clientTiers)[number];

/** What makes a client a `customer`: its first payment (recorded by the system) or a person's mark (a signed contract, a prepayment — the company chooses). */
export type CustomerBasis = "first-payment" | "manual";

/** What a stage move needs: a `reason` (moving back), a `customer-basis` (becoming a customer). */
export type StageRequirement = "reason" | "customer-basis";

/** Whether a move is allowed and what it then needs, or why it is not. */
export type StageMoveCheck =
  | { allowed: true; requires: StageRequirement[] }
  | { allowed: false; why: "same-stage" | "backward-only-to-prospect-or-lead" };

/** What accompanies a move: a reason text and, towards `customer`, its basis. */
export type StageMoveDetails = { reason?: string | null; basis?: CustomerBasis | null };

/** True when `value` is a lifecycle stage. */
export function isLifecycleStage(value: unknown): value is LifecycleStage {
  return typeof value === "string" && (lifecycleStages as readonly string[]).includes(value);
}

/** True when `value` is a client tier. */
export function isClientTier(value: unknown): value is ClientTier {
  return typeof value === "string" && (clientTiers as readonly string[]).includes(value);
}

/**
 * Whether a client may move from one stage to another, and what the move needs. Forward moves
 * are free and may skip stages; reaching `customer` needs a basis. Moving back is allowed only
 * to `prospect` or `lead` (the deal fell through, the client went quiet) and needs a reason.
 *
 * @example canMoveStage("customer", "lead") // { allowed: true, requires: ["reason"] }
 */
export function canMoveStage(from: LifecycleStage, to: LifecycleStage): StageMoveCheck {
  const step = lifecycleStages.indexOf(to) - lifecycleStages.indexOf(from);
  if (step === 0) return { allowed: false, why: "same-stage" };
  if (step > 0) return { allowed: true, requires: to === "customer" ? ["customer-basis"] : [] };
  if (to === "prospect" || to === "lead") return { allowed: true, requires: ["reason"] };
  return { allowed: false, why: "backward-only-to-prospect-or-lead" };
}

/**
 * Throws unless the move is allowed and `details` give what it needs: `PRECONDITION_FAILED`
 * for a move the rules forbid, `BAD_INPUT` naming `reason` or `basis` for a missing detail.
 */
export function assertStageMove(
  from: LifecycleStage,
  to: LifecycleStage,
  details: StageMoveDetails = {},
): void {
  const check = canMoveStage(from, to);
  if (!check.allowed) {
    const [key, params] =
      check.why === "same-stage"
        ? [clientMessages.alreadyAtStage, { stage: stageRef(to) }]
        : [clientMessages.backOnlyTo, { from: stageRef(from), to: stageRef(to) }];
    throw new DomainError("PRECONDITION_FAILED", key, { params, details: { from, to, why: check.why } });
  }
  if (check.requires.includes("reason") && !details.reason?.trim()) {
    throw new DomainError("BAD_INPUT", clientMessages.backNeedsReason, {
      fields: { reason: clientMessages.backReason },
    });
  }
  if (check.requires.includes("customer-basis") && !details.basis) {
    throw new DomainError("BAD_INPUT", clientMessages.customerBasis, {
      fields: { basis: clientMessages.sayBasis },
    });
  }
}
