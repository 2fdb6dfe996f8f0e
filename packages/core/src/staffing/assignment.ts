import { DomainError } from "../errors.ts";
import type { SalesFunction } from "../functions.ts";
import { clientMessages } from "../messages/catalogs/clients.ts";

/** How the engine picks among eligible people: in turn, or whoever has received the least new work today. */
export const assignmentStrategies = ["round-robin", "least-busy"] as const;

/** One of the assignment strategies: `round-robin | least-busy`. */
export type AssignmentStrategy = (typeof assignmentStrategies)[number];

/** A person assigned to the function, with today's load; `capacityPerDay: null` means unlimited. */
export type Candidate = {
  userId: string;
  name?: string;
  capacityPerDay: number | null;
  paused: boolean;
  assignedToday: number;
  /**
   * Covers the function only nominally: the organisation's owner who also covers other functions.
   * Passed over while a specialist (a candidate who is not nominal) can take the work.
   */
  nominal?: boolean;
};

/** What the engine needs to pick the receiver of one new piece of work (a lead, a client, a handoff). */
export type AssignmentInput = {
  function: SalesFunction;
  strategy: AssignmentStrategy;
  /** In a stable order chosen by the caller (e.g. sorted by user id): round robin walks it. */
  candidates: readonly Candidate[];
  /** The client's existing owner for this function, if any. */
  preferredUserId?: string | null;
  /** Who received the previous piece of work: the round-robin cursor. */
  lastAssignedUserId?: string | null;
};

/** Why a candidate could not take new work. */
export type SkipReason = "paused" | "at-capacity" | "specialist-covers";

/** How the choice was made: how many people were looked at and who was passed over, and why. */
export type AssignmentExplanation = {
  considered: number;
  skipped: { userId: string; why: SkipReason }[];
};

/** The engine found a receiver; `assignee` is the chosen candidate as given (name, today's load). */
export type Assigned = {
  ok: true;
  function: SalesFunction;
  userId: string;
  /** `specialist`: the strategy's pick among specialists, a nominal owner passed over. */
  reason: "existing-owner" | AssignmentStrategy | "specialist";
  assignee: Candidate;
  explanation: AssignmentExplanation;
};

/** The engine found nobody: nobody is assigned, everybody is paused, or everybody available is full. */
export type NotAssigned = {
  ok: false;
  function: SalesFunction;
  reason: "nobody-covers" | "all-paused" | "all-at-capacity";
  explanation: AssignmentExplanation;
};

/** The outcome of `chooseAssignee`, explainable either way. */
export type AssignmentResult = Assigned | NotAssigned;

/**
 * Chooses who receives a new piece of work for one function.
 *
 * Rules, in order:
 * 0. While a specialist can take the work (not paused, and within capacity or the client's
 *    owner), nominal candidates — an owner who still covers every function — are passed over
 *    (`specialist-covers`), even as the client's existing owner; the reason is then `specialist`.
 *    With no specialist available the nominal owner takes it as anyone else would.
 * 1. The client's existing owner (`preferredUserId`) gets it when they are a candidate and not
 *    paused — even at or over capacity: capacity limits *new* work, and continuity with a client
 *    someone already owns beats it. A paused owner is skipped and the work goes to someone else.
 * 2. Paused people and people at capacity (`assignedToday >= capacityPerDay`) are skipped.
 * 3. `round-robin`: the next eligible candidate after `lastAssignedUserId` in `candidates` order,
 *    wrapping around; from the first when the cursor is absent or not among the candidates.
 *    `least-busy`: the lowest `assignedToday`, then the lowest `assignedToday / capacityPerDay`
 *    (unlimited counts as 0), then `candidates` order.
 *
 * With nobody eligible: `nobody-covers` for no candidates, `all-paused` when every candidate is
 * paused, otherwise `all-at-capacity` (everybody not paused is full).
 *
 * @throws DomainError BAD_INPUT for duplicate user ids or a negative or fractional count.
 */
export function chooseAssignee(input: AssignmentInput): AssignmentResult {
  const { candidates } = input;
  assertCandidates(candidates);
  const reasons = new Map<string, SkipReason | undefined>(candidates.map((c) => [c.userId, skipReason(c)]));
  const specialistFree = candidates.some(
    (c) =>
      !c.nominal &&
      (reasons.get(c.userId) === undefined || (c.userId === input.preferredUserId && !c.paused)),
  );
  const passedOver = (c: Candidate) => specialistFree && c.nominal === true;
  const setAside = candidates.filter((c) => passedOver(c) && reasons.get(c.userId) === undefined);
  for (const c of setAside) reasons.set(c.userId, "specialist-covers");
  const explain = (chosen?: Candidate): AssignmentExplanation => ({
    considered: candidates.length,
    skipped: candidates.flatMap((c) => {
      const why = reasons.get(c.userId);
      return why === undefined || c === chosen ? [] : [{ userId: c.userId, why }];
    }),
  });
  const assigned = (chosen: Candidate, reason: Assigned["reason"]): Assigned => ({
    ok: true,
    function: input.function,
    userId: chosen.userId,
    reason,
    assignee: chosen,
    explanation: explain(chosen),
  });

  const owner = candidates.find((c) => c.userId === input.preferredUserId && !c.paused && !passedOver(c));
  if (input.preferredUserId != null && owner !== undefined) return assigned(owner, "existing-owner");

  const eligible = candidates.filter((c) => reasons.get(c.userId) === undefined);
  if (eligible.length === 0) {
    const reason =
      candidates.length === 0
        ? "nobody-covers"
        : candidates.every((c) => c.paused)
          ? "all-paused"
          : "all-at-capacity";
    return { ok: false, function: input.function, reason, explanation: explain() };
  }
  const why = (strategy: AssignmentStrategy) => (setAside.length > 0 ? "specialist" : strategy);
  switch (input.strategy) {
    case "round-robin":
      return assigned(nextInTurn(candidates, eligible, input.lastAssignedUserId), why("round-robin"));
    case "least-busy":
      return assigned(leastBusy(eligible), why("least-busy"));
  }
}

function skipReason(candidate: Candidate): SkipReason | undefined {
  if (candidate.paused) return "paused";
  if (candidate.capacityPerDay !== null && candidate.assignedToday >= candidate.capacityPerDay)
    return "at-capacity";
  return undefined;
}

function nextInTurn(
  all: readonly Candidate[],
  eligible: readonly Candidate[],
  cursor: string | null | undefined,
): Candidate {
  const start = all.findIndex((c) => c.userId === cursor);
  for (let step = 1; step <= all.length; step++) {
    const candidate = all[(start + step) % all.length];
    if (candidate !== undefined && eligible.includes(candidate)) return candidate;
  }
  throw new DomainError("INTERNAL", "Round robin found no eligible candidate");
}

function leastBusy(eligible: readonly Candidate[]): Candidate {
  const ratio = (c: Candidate) => (c.capacityPerDay === null ? 0 : c.assignedToday / c.capacityPerDay);
  return eligible.reduce((best, c) => {
    const byLoad = c.assignedToday - best.assignedToday || ratio(c) - ratio(best);
    return byLoad < 0 ? c : best;
  });
}

function assertCandidates(candidates: readonly Candidate[]): void {
  const fields: Record<string, string> = {};
  const seen = new Set<string>();
  candidates.forEach((c, i) => {
    if (seen.has(c.userId)) fields[`candidates.${i}.userId`] = `Duplicate candidate ${c.userId}`;
    seen.add(c.userId);
    if (!isCount(c.assignedToday))
      fields[`candidates.${i}.assignedToday`] = "Must be a whole number, 0 or more";
    if (c.capacityPerDay !== null && !isCount(c.capacityPerDay)) {
      fields[`candidates.${i}.capacityPerDay`] = "Must be a whole number, 0 or more, or null for no limit";
    }
  });
  if (Object.keys(fields).length > 0)
    throw new DomainError("BAD_INPUT", clientMessages.invalidCandidates, { fields });
}

function isCount(value: number): boolean {
  return Number.isInteger(value) && value >= 0;
}
