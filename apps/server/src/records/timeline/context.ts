import type { OrgDatabase, OrgTransaction, ServiceContext, WriteScope } from "@quartet/core";
import { zodInputError } from "@quartet/core/trpc";
import type { z } from "zod";
import type { People } from "../../people/index.ts";
import type { PriceOrder } from "../orders/plugin-pricing.ts";

/** Where a read runs: the organisation's database, or the open write transaction (to read what it changes). */
export type Reader = OrgDatabase | OrgTransaction;

/** What record services need of the people module: settings, members, the assignment engine. */
export type RecordsPeople = Pick<People, "organisation" | "listMembers" | "assignWork">;

/** The context of the client-record services: a service context, the people port and the plugins' pricing. */
export type RecordsContext = ServiceContext & { people: RecordsPeople; pricing?: PriceOrder };

/** Builds the records context from a core procedure's context. */
export function recordsContext(ctx: {
  service: ServiceContext;
  host: { people: RecordsPeople; host?: { pricing?: PriceOrder } };
}): RecordsContext {
  const pricing = ctx.host.host?.pricing;
  return { ...ctx.service, people: ctx.host.people, ...(pricing && { pricing }) };
}

/**
 * Runs a scope-taking service in its own write transaction, so one service serves both a
 * procedure (`{ ctx, input }`) and a plugin that calls it inside its own transaction.
 */
export function inOwnTransaction<I, R>(
  service: (ctx: RecordsContext, scope: WriteScope, input: I) => Promise<R>,
) {
  return ({ ctx, input }: { ctx: RecordsContext; input: I }): Promise<R> =>
    ctx.org.write(ctx.actor, (scope) => service(ctx, scope, input));
}

/** Parses a service's input with its schema; a failure is `BAD_INPUT` naming each field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw zodInputError(parsed.error);
}

/** The organisation's settings the records use: currency, time zone and language. */
export async function orgSettings(ctx: RecordsContext) {
  const org = await ctx.people.organisation(ctx.org.orgId);
  return {
    currency: org.defaultCurrency,
    timeZone: org.timeZone,
    locale: org.locale === "en" ? "en" : "ru",
  } as const;
}
