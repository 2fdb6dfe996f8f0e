import type { WriteScope } from "@quartet/core";
import { defaultStages } from "../../../domain/pipeline.ts";
import { type FirstSaleContext, orgInfo } from "../../context.ts";
import { insertPipeline } from "./insert-pipeline.ts";
import { defaultPipeline } from "./load-pipeline.ts";

/**
 * The default pipeline's id, creating "Продажи" with the default stages (in the organisation's
 * language) when the organisation has no pipeline at all. Idempotent: enabling again, or a lead
 * arriving after every pipeline was deleted, never makes a second one.
 */
export async function ensureDefaultPipeline(
  ctx: Pick<FirstSaleContext, "records" | "clock">,
  scope: WriteScope,
): Promise<string> {
  const existing = await defaultPipeline(scope.tx);
  if (existing) return existing.id;
  const { locale } = await orgInfo(ctx);
  const stages = defaultStages(locale);
  const name = locale === "ru" ? "Продажи" : "Sales";
  const id = await insertPipeline(scope, ctx.clock.now(), { name, ...stages, isDefault: true });
  await scope.audit({
    action: "first-sale.pipeline.create",
    entity: "pipeline",
    entityId: id,
    after: { name },
  });
  return id;
}
