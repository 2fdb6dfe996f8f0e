import { and, asc, eq } from "drizzle-orm";
import { deals } from "../../../db/schema.ts";
import { dealSums, stageOf } from "../../../domain/deal-flow.ts";
import { type FarmingContext, orgInfo } from "../../context.ts";
import { loadRules } from "../rules/load-rules.ts";
import { dealNames } from "./deal-names.ts";
import { dealView } from "./deal-view.ts";
import { visibleDeals } from "./visible-deals.ts";

const perColumn = 200;

/**
 * The kanban of open expansion deals the actor sees — everybody's, one farmer's, or the caller's
 * own (`mine`): a column per company stage with its count, sum and weighted sum (each deal × its
 * stage's probability) in the organisation's currency, and the same for the whole board. A column
 * lists at most 200 deals, longest in the stage first; a deal in a stage the company removed
 * stands in the first column.
 */
export async function board({
  ctx,
  input,
}: {
  ctx: FarmingContext;
  input: { farmerId?: string | undefined; mine?: boolean | undefined };
}) {
  const db = ctx.org.db;
  const [org, rules, visible] = await Promise.all([orgInfo(ctx), loadRules(db), visibleDeals(ctx, db)]);
  const farmerId = input.mine ? ctx.actor.id : input.farmerId;
  const rows = await db
    .select()
    .from(deals)
    .where(and(eq(deals.status, "open"), farmerId ? eq(deals.farmerId, farmerId) : undefined, visible))
    .orderBy(asc(deals.stageEnteredAt), asc(deals.id));
  const columns = rules.stages.map((stage) => {
    const inStage = rows.filter((row) => stageOf(rules.stages, row.stageKey).key === stage.key);
    return { stage, priced: inStage.map((row) => ({ ...row, probability: stage.probability })) };
  });
  const names = await dealNames(
    ctx,
    columns.flatMap((c) => c.priced.slice(0, perColumn)),
  );
  return {
    currency: org.currency,
    columns: columns.map(({ stage, priced }) => ({
      stage,
      ...dealSums(priced, org.currency),
      deals: priced.slice(0, perColumn).map((row) => dealView(row, rules.stages, names)),
    })),
    totals: dealSums(
      columns.flatMap((c) => c.priced),
      org.currency,
    ),
  };
}
