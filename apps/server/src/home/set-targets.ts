import { type Actor, DomainError, type FieldErrors, hostMessages } from "@quartet/core";
import { salesTargets } from "@quartet/db/org";
import { z } from "zod";
import type { HomeDeps } from "./deps.ts";
import { type MonthKey, monthPeriod } from "./periods.ts";
import { metricKey, targetsInForce } from "./plan-math.ts";
import { plannedMetrics } from "./plan-metrics.ts";
import { readTargets } from "./read-targets.ts";
import { targetRowsUntil } from "./targets.ts";

/** The largest target accepted: 100 billion roubles in kopecks, far above any department's month. */
const maxTarget = 10_000_000_000_000;

/** A month's targets as the plan form sends them: counts, or money in minor units (kopecks); 0 withdraws a plan. */
export const setTargetsInput = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Give the month as YYYY-MM"),
  targets: z
    .array(
      z.object({
        function: z.string().min(1, hostMessages.chooseFunction),
        metric: z.string().min(1, hostMessages.chooseMetric),
        value: z
          .number(hostMessages.enterNumber)
          .int(hostMessages.wholeNumberKopecks)
          .min(0, hostMessages.targetNegative)
          .max(maxTarget, hostMessages.targetTooLarge),
      }),
    )
    .min(1, hostMessages.atLeastOneTarget)
    .max(200, hostMessages.atMost200Targets),
});

/**
 * Sets the targets of `month` (this month or a later one: a past month's plan stays as it was) in
 * one transaction, audited per metric as `core.targets.set` with the value in force before and the
 * new one. A metric no enabled plugin declares is refused naming its field; a value equal to the
 * one already in force writes nothing. Returns the form's rows after the change.
 */
export async function setTargets(
  deps: HomeDeps,
  actor: Actor,
  orgId: string,
  input: z.output<typeof setTargetsInput>,
) {
  const month = input.month as MonthKey;
  const org = await deps.organisation(orgId);
  const fields: FieldErrors = {};
  if (month < monthPeriod(deps.clock.now(), org.timeZone).month)
    fields.month = "A past month's plan cannot be changed";
  const known = new Set((await plannedMetrics(deps, orgId)).map((m) => metricKey(m.function, m.key)));
  const seen = new Set<string>();
  input.targets.forEach((t, i) => {
    const key = metricKey(t.function, t.metric);
    if (!known.has(key))
      fields[`targets.${i}.metric`] = `No enabled function plans "${t.metric}" for "${t.function}"`;
    else if (seen.has(key)) fields[`targets.${i}.metric`] = "This metric is listed twice";
    seen.add(key);
  });
  if (Object.keys(fields).length > 0)
    throw new DomainError("BAD_INPUT", hostMessages.someTargets, { fields });
  const runtime = await deps.runtime(orgId);
  const now = deps.clock.now();
  await runtime.write(actor, async (scope) => {
    const inForce = targetsInForce(await targetRowsUntil(scope.tx, month), month);
    for (const t of input.targets) {
      const before = inForce.get(metricKey(t.function, t.metric)) ?? null;
      if (before?.value === t.value) continue;
      const row = {
        month,
        function: t.function,
        metric: t.metric,
        value: t.value,
        updatedBy: actor.id,
        updatedAt: now,
      };
      await scope.tx
        .insert(salesTargets)
        .values(row)
        .onConflictDoUpdate({
          target: [salesTargets.function, salesTargets.metric, salesTargets.month],
          set: { value: row.value, updatedBy: row.updatedBy, updatedAt: row.updatedAt },
        });
      await scope.audit({
        action: "core.targets.set",
        entity: "sales-target",
        entityId: `${month}|${t.function}|${t.metric}`,
        before,
        after: { month, value: t.value },
      });
    }
  });
  return readTargets(deps, orgId, month);
}
