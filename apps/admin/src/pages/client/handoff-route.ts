import type { SalesFunction } from "@quartet/ui";

/**
 * The usual handoff for a client at a stage: prospecting hands leads to first sale, first sale
 * hands paying customers to farming. The form starts from it; the user may pick any pair.
 *
 * @example handoffRouteFor("lead") // { from: "prospecting", to: "first-sale" }
 */
export function handoffRouteFor(stage: string): { from: SalesFunction; to: SalesFunction } {
  return stage === "prospect" || stage === "lead"
    ? { from: "prospecting", to: "first-sale" }
    : { from: "first-sale", to: "farming" };
}

type Member = { userId: string; name: string };
type Assignment = { userId: string; function: string; paused?: boolean | null };

/**
 * Who may be chosen to receive a handoff to `fn`: the members assigned to that function (not
 * paused), or every member when nobody is assigned yet or assignments cannot be read.
 */
export function receiversFor(
  members: readonly Member[],
  assignments: readonly Assignment[] | null,
  fn: SalesFunction,
): Member[] {
  if (!assignments) return [...members];
  const covering = new Set(
    assignments.filter((a) => a.function === fn && !a.paused).map((assignment) => assignment.userId),
  );
  const chosen = members.filter((member) => covering.has(member.userId));
  return chosen.length > 0 ? chosen : [...members];
}
