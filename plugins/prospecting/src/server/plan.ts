import type { PlanContribution } from "@quartet/core/plugin";
import { and, count, eq, gte, lt } from "drizzle-orm";
import type { ProspectingSettings } from "../contracts/settings.ts";
import { calls } from "../db/calling.ts";
import { requests } from "../db/requests.ts";

/**
 * Prospecting's monthly plan: `leads` — requests qualified in the period (only a qualified request
 * is a lead; read by `qualified_at`, as the weekly health reading counts them), and `calls` — calls made in the period (by `started_at`,
 * whatever their outcome).
 */
export const prospectingPlan: PlanContribution<ProspectingSettings> = {
  metrics: [
    { key: "leads", label: { en: "Leads qualified", ru: "Квалифицированные лиды" }, unit: "count" },
    { key: "calls", label: { en: "Calls made", ru: "Сделано звонков" }, unit: "count" },
  ],
  async actual(ctx, period) {
    const db = ctx.org.db;
    const [leads] = await db
      .select({ n: count() })
      .from(requests)
      .where(
        and(
          eq(requests.status, "qualified"),
          gte(requests.qualifiedAt, period.from),
          lt(requests.qualifiedAt, period.to),
        ),
      );
    const [made] = await db
      .select({ n: count() })
      .from(calls)
      .where(and(gte(calls.startedAt, period.from), lt(calls.startedAt, period.to)));
    return { leads: leads?.n ?? 0, calls: made?.n ?? 0 };
  },
};
