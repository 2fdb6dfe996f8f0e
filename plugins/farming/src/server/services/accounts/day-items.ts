import { daysBetween, localDate } from "@quartet/core";
import { isOverdue } from "../../../domain/cadence.ts";
import type { OrgInfo } from "../../context.ts";
import type { PortfolioRow } from "./portfolio-rows.ts";

/** What brings a client (or a task) into the farmer's day. */
export type DayKind = "overdue-contact" | "late-purchase" | "at-risk" | "task";

/** One line of the farmer's day; `reason` is a code with values the interface words. */
export type DayItem = {
  kind: DayKind;
  clientId: string | null;
  clientName: string | null;
  reason: { code: string; params: Record<string, string | number | null> };
  dueOn: string | null;
  taskId: string | null;
  /** True for a client nobody farms (listed for whoever manages portfolios). */
  unassigned: boolean;
};

/** The day's lines one account brings: at risk, late to buy, overdue for contact. */
export function accountItems({ client, account, farmerId }: PortfolioRow, org: OrgInfo): DayItem[] {
  const base = { clientId: client.id, clientName: client.name, taskId: null, unassigned: farmerId === null };
  const items: DayItem[] = [];
  if (account.healthStatus === "at-risk") {
    const since = account.atRiskSince === null ? null : localDate(account.atRiskSince, org.timeZone);
    const params = { score: account.healthScore, since };
    items.push({ ...base, kind: "at-risk", reason: { code: "farming.day.at-risk", params }, dueOn: since });
  }
  if (account.lateDays !== null && account.lastOrderOn !== null) {
    const params = {
      intervalDays: account.intervalDays,
      daysSince: daysBetween(account.lastOrderOn, org.today),
      lateDays: account.lateDays,
      expectedOn: account.expectedOn,
    };
    const reason = { code: "farming.day.late-purchase", params };
    items.push({ ...base, kind: "late-purchase", reason, dueOn: account.expectedOn });
  }
  if (isOverdue(account.contactDueOn, org.today) && account.contactDueOn !== null) {
    const params = {
      dueOn: account.contactDueOn,
      daysOverdue: daysBetween(account.contactDueOn, org.today),
      cadenceDays: account.cadenceDays,
      lastContactOn: account.lastContactAt === null ? null : localDate(account.lastContactAt, org.timeZone),
    };
    const reason = { code: "farming.day.overdue-contact", params };
    items.push({ ...base, kind: "overdue-contact", reason, dueOn: account.contactDueOn });
  }
  return items;
}

const rank: Record<DayKind, number> = { "at-risk": 0, "late-purchase": 1, "overdue-contact": 2, task: 3 };

/** Most urgent first: the longest overdue (earliest date), then at risk, late, contact, task; then by name. */
export function byUrgency(a: DayItem, b: DayItem): number {
  return (
    (a.dueOn ?? "9999").localeCompare(b.dueOn ?? "9999") ||
    rank[a.kind] - rank[b.kind] ||
    (a.clientName ?? "").localeCompare(b.clientName ?? "", "ru")
  );
}
