import { severityOf } from "./severity.ts";
import type { ReadinessThresholds } from "./thresholds.ts";
import type { ReadinessFacts, Signal } from "./types.ts";

/**
 * Time to hire a farmer: at least `overdueClients` won clients have had no contact for
 * `farmingCadenceDays`, or nobody (or only the owner) covers farming while the portfolio holds at
 * least `portfolioWithoutFarmer` clients.
 */
export function hireFarmer(facts: ReadinessFacts, t: ReadinessThresholds): Signal | null {
  const farming = facts.farming;
  if (!farming) return null;
  const { people, ownerId, overdue, portfolio } = farming;
  const coveredBy =
    people.length === 0 ? "nobody" : people.every((p) => p.userId === ownerId) ? "owner" : [...people];
  const reason =
    overdue >= t.overdueClients
      ? "overdue"
      : coveredBy !== "nobody" && coveredBy !== "owner"
        ? null
        : portfolio >= t.portfolioWithoutFarmer
          ? "portfolio"
          : null;
  if (!reason) return null;
  const severity =
    reason === "overdue"
      ? severityOf(overdue, t.overdueClients, t.urgentFactor)
      : severityOf(portfolio, t.portfolioWithoutFarmer, t.urgentFactor);
  return {
    key: "hire-farmer",
    code: "hire-farmer",
    severity,
    href: "/team?tab=members",
    reason,
    coveredBy,
    numbers: {
      overdue,
      portfolio,
      cadenceDays: t.farmingCadenceDays,
      threshold: reason === "overdue" ? t.overdueClients : t.portfolioWithoutFarmer,
    },
  };
}
