import type { WriteScope } from "@quartet/core";
import { eq } from "drizzle-orm";
import type { FarmingRules } from "../../../contracts/rules.ts";
import { accounts } from "../../../db/schema.ts";
import { type AbcClass, abcClasses } from "../../../domain/abc-xyz.ts";
import { cadenceFor, contactDue } from "../../../domain/cadence.ts";
import type { OrgInfo } from "../../context.ts";
import type { RecomputeTarget } from "./read-facts.ts";

/**
 * ABC classes for the clients being recomputed. A full recompute classes the whole base from the
 * fresh revenues; a recompute of some clients puts their fresh revenue among the stored revenues of
 * every other account, classes them all, and updates the others whose class moved (with the
 * cadence and contact due date that follow from it; their health waits for the nightly job).
 */
export async function classify(
  scope: WriteScope,
  target: RecomputeTarget,
  fresh: ReadonlyMap<string, number>,
  rules: FarmingRules,
  org: OrgInfo,
  now: number,
): Promise<Map<string, AbcClass>> {
  const revenues = [...fresh].map(([clientId, revenueMinor]) => ({ clientId, revenueMinor }));
  if (target === "all") return abcClasses(revenues, rules.classes);
  const stored = await scope.tx
    .select({
      clientId: accounts.clientId,
      abc: accounts.abc,
      revenue12mMinor: accounts.revenue12mMinor,
      cadenceOverrideDays: accounts.cadenceOverrideDays,
      lastContactAt: accounts.lastContactAt,
      firstOrderOn: accounts.firstOrderOn,
    })
    .from(accounts);
  const others = stored.filter((a) => !fresh.has(a.clientId));
  const classes = abcClasses(
    [...revenues, ...others.map((a) => ({ clientId: a.clientId, revenueMinor: a.revenue12mMinor }))],
    rules.classes,
  );
  for (const other of others) {
    const abc = classes.get(other.clientId) ?? null;
    if (abc === other.abc) continue;
    const cadence = cadenceFor(
      { abc, revenue12mMinor: other.revenue12mMinor, overrideDays: other.cadenceOverrideDays },
      rules.cadence,
    );
    const contactDueOn = contactDue(other.lastContactAt, other.firstOrderOn, cadence.days, org.timeZone);
    await scope.tx
      .update(accounts)
      .set({ abc, cadenceDays: cadence.days, cadenceSource: cadence.source, contactDueOn, updatedAt: now })
      .where(eq(accounts.clientId, other.clientId));
  }
  return classes;
}
