import {
  addMonths,
  type ClientSummary,
  type OrderFact,
  type PaymentFact,
  type WriteScope,
} from "@quartet/core";
import type { VipProgram } from "../../../contracts/program.ts";
import type { designations, overrides, standings } from "../../../db/schema.ts";
import { type ClientFacts, clientFacts, type Designation } from "../../../domain/facts.ts";
import type { CategoryParents } from "../../../domain/measures.ts";
import type { ClientStanding } from "../../../domain/reassess.ts";
import { type Override, outsideState } from "../../../domain/tier-decision.ts";
import type { OrgInfo, VipContext } from "../../context.ts";
import { readOwnRows } from "./read-own-rows.ts";

/** Which clients a reassessment covers: some ids, or every client with money, a tier or an override. */
export type AssessTarget = readonly string[] | "all";

/** A stored standing row. */
export type StandingRow = typeof standings.$inferSelect;

/** Everything a reassessment reads, each source once: clients, their standing and facts. */
export type Assessment = {
  clients: ClientSummary[];
  standings: Map<string, StandingRow>;
  standingOf: Map<string, ClientStanding>;
  payments: PaymentFact[];
  categoryParents: CategoryParents;
};

/** Months of history a program needs: its longest window and two years for the revenue trend; all of it for tenure or discipline. */
function since(program: VipProgram, today: string): string | undefined {
  const kinds = program.tiers.flatMap((t) => t.criteria.map((c) => c.kind));
  if (kinds.includes("tenure") || kinds.includes("payment-discipline")) return undefined;
  const windows = program.tiers.flatMap((t) =>
    t.criteria.map((c) => ("windowMonths" in c ? c.windowMonths : 0)),
  );
  return addMonths(today, -Math.max(24, ...windows));
}

/**
 * Reads what judging clients needs in one pass per source — orders, payments, stored standings,
 * overrides, designations, clients, and the category tree when a criterion names categories — never one query
 * per client. For "all", the clients are those with orders or payments in the span read, a stored
 * standing, an override or a designation. `ctx` must be the system's view, or clients would be left out.
 */
export async function readAssessment(
  ctx: VipContext,
  scope: WriteScope,
  org: OrgInfo,
  program: VipProgram,
  target: AssessTarget,
): Promise<Assessment> {
  const ids = target === "all" ? undefined : [...target];
  const first = since(program, org.today);
  const filter = { ...(ids && { clientIds: ids }), ...(first && { since: first }) };
  const orders: OrderFact[] = ids?.length === 0 ? [] : await ctx.records.orders.facts(filter, scope);
  const payments: PaymentFact[] = ids?.length === 0 ? [] : await ctx.records.orders.payments(filter, scope);
  const own = await readOwnRows(scope, ids);
  const wanted = ids ?? [
    ...new Set([
      ...orders.map((o) => o.clientId),
      ...payments.map((p) => p.clientId),
      ...own.standings.map((s) => s.clientId),
      ...own.overrides.map((o) => o.clientId),
      ...own.designations.map((d) => d.clientId),
    ]),
  ];
  const clients = wanted.length === 0 ? [] : await ctx.records.clients.summaries({ ids: wanted }, scope);
  const facts = clientFacts({
    clientIds: clients.map((c) => c.id),
    orders,
    payments,
    currency: org.currency,
    designations: new Map(own.designations.map((d) => [d.clientId, designationFrom(d)])),
  });
  const standingRows = new Map(own.standings.map((s) => [s.clientId, s]));
  const overrideOf = new Map(own.overrides.map((o) => [o.clientId, overrideFrom(o)]));
  const standingOf = new Map<string, ClientStanding>();
  for (const f of facts)
    standingOf.set(f.clientId, standingFrom(f, standingRows.get(f.clientId), overrideOf));
  return {
    clients,
    standings: standingRows,
    standingOf,
    payments,
    categoryParents: await categoryParents(ctx, program),
  };
}

function standingFrom(
  facts: ClientFacts,
  row: StandingRow | undefined,
  overrideOf: Map<string, Override>,
): ClientStanding {
  const state = row
    ? { tierKey: row.tierKey, since: row.since, graceStartedOn: row.graceStartedOn }
    : outsideState;
  return { facts, state, override: overrideOf.get(facts.clientId) ?? null };
}

/** A designation row as the facts carry it. */
function designationFrom(row: typeof designations.$inferSelect): Designation {
  return { tierKey: row.tierKey, reason: row.reason, until: row.until };
}

/** An override row as the domain reads it. */
export function overrideFrom(row: typeof overrides.$inferSelect): Override {
  return row.mode === "keep"
    ? { mode: "keep", tierKey: row.tierKey ?? "", reason: row.reason, until: row.until }
    : { mode: "exclude", reason: row.reason, until: row.until };
}

async function categoryParents(ctx: VipContext, program: VipProgram): Promise<CategoryParents> {
  const needed = program.tiers.some((t) => t.criteria.some((c) => c.kind === "categories"));
  if (!needed) return new Map();
  return new Map((await ctx.records.catalog.categories()).map((c) => [c.id, c.parentId]));
}
