import type { ServiceContext } from "@quartet/core";
import type { HealthReading } from "@quartet/core/plugin";
import { and, count, eq, gte, min } from "drizzle-orm";
import type { ProspectingSettings } from "../contracts/settings.ts";
import { calls } from "../db/calling.ts";
import { requests } from "../db/requests.ts";
import { isConnect } from "../domain/dispositions.ts";
import { connectRateStatus, leadInflowStatus, untriagedAgeStatus } from "../domain/health-status.ts";
import { weekStartOf } from "../domain/local-time.ts";
import { orgTimeZone } from "./context.ts";

const dayMs = 86_400_000;

/**
 * Prospecting's vital signs: qualified leads this week (Monday 00:00 in the organisation's
 * zone) against `qualifiedLeadsTargetPerWeek` (the company's own; none when 0), judged by pace; the age of the oldest
 * untriaged request; the connect rate of the last 7 days. Thresholds: `domain/health-status.ts`.
 */
export async function prospectingHealth(ctx: ServiceContext<ProspectingSettings>): Promise<HealthReading[]> {
  const now = ctx.clock.now();
  const zone = await orgTimeZone(ctx);
  const weekStart = weekStartOf(now, zone);
  const db = ctx.org.db;
  const [leads] = await db
    .select({ n: count() })
    .from(requests)
    .where(and(eq(requests.status, "qualified"), gte(requests.qualifiedAt, weekStart)));
  const [oldest] = await db
    .select({ at: min(requests.receivedAt) })
    .from(requests)
    .where(eq(requests.status, "new"));
  const recent = await db
    .select({ disposition: calls.disposition })
    .from(calls)
    .where(gte(calls.startedAt, now - 7 * dayMs));
  const target = ctx.settings.qualifiedLeadsTargetPerWeek;
  const value = leads?.n ?? 0;
  const ageHours = oldest?.at ? Math.round(((now - oldest.at) / 3_600_000) * 10) / 10 : null;
  const rate =
    recent.length > 0 ? recent.filter((c) => isConnect(c.disposition)).length / recent.length : null;
  return [
    {
      key: "qualified-leads-week",
      label: { en: "Qualified leads this week", ru: "Квалифицированные лиды за неделю" },
      value,
      ...(target > 0 ? { target, targetSource: "organisation" as const } : {}),
      unit: "count",
      status: leadInflowStatus(value, target, (now - weekStart) / (7 * dayMs)),
    },
    {
      key: "oldest-untriaged",
      label: { en: "Oldest untriaged request", ru: "Самая старая неразобранная заявка" },
      value: ageHours ?? 0,
      unit: "hours",
      href: "/leads",
      status: untriagedAgeStatus(ageHours),
    },
    {
      key: "connect-rate",
      label: { en: "Connect rate, 7 days", ru: "Дозвон за 7 дней" },
      value: rate === null ? null : Math.round(rate * 1000) / 10,
      target: 30,
      targetSource: "default",
      unit: "percent",
      status: connectRateStatus(rate),
    },
  ];
}
