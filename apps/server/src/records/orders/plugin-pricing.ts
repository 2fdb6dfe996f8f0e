import type { ServiceContext, WriteScope } from "@quartet/core";
import type { AnyPlugin, PricingInput, PricingResult } from "@quartet/core/plugin";
import { type AppliedPricing, combinePricing } from "./combine-pricing.ts";

/** Asks the enabled plugins' price adjusters about a new order inside its transaction. */
export type PriceOrder = (
  ctx: Omit<ServiceContext, "records">,
  scope: WriteScope,
  input: PricingInput,
) => Promise<AppliedPricing>;

/**
 * The host's pricing: every installed plugin with a `pricing` adjuster that the organisation has
 * enabled is asked, with its own settings and the order's actor, and the answers are combined
 * (`combinePricing`). A plugin that is not enabled is never asked.
 */
export function pluginPricing(deps: {
  plugins: readonly AnyPlugin[];
  enabledIds(orgId: string): Promise<ReadonlySet<string>>;
  settingsOf(orgId: string, pluginId: string): Promise<unknown>;
  serviceContext(base: Omit<ServiceContext, "records">): ServiceContext;
}): PriceOrder {
  return async (ctx, scope, input) => {
    const adjusters = deps.plugins.filter((p) => p.pricing);
    if (adjusters.length === 0) return combinePricing(input.lines, []);
    const enabled = await deps.enabledIds(ctx.org.orgId);
    const answers: { plugin: string; result: PricingResult }[] = [];
    for (const plugin of adjusters) {
      if (!plugin.pricing || !enabled.has(plugin.id)) continue;
      const service = deps.serviceContext({
        ...ctx,
        logger: ctx.logger.child({ plugin: plugin.id }),
        settings: await deps.settingsOf(ctx.org.orgId, plugin.id),
      });
      answers.push({ plugin: plugin.id, result: await plugin.pricing({ ...service, scope }, input) });
    }
    return combinePricing(input.lines, answers);
  };
}
