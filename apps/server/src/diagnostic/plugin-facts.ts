import { type DiagnosticFact, diagnosticFactSchema, systemActor } from "@quartet/core";
import type { DiagnosticDeps } from "./deps.ts";

/**
 * Asks every enabled plugin's `diagnostic(ctx)` for its facts, organisation-wide as the system
 * with its settings. A plugin that throws, or a fact core does not know, is logged and left out:
 * the questionnaire then simply asks that question without a suggestion.
 */
export async function pluginFacts(deps: DiagnosticDeps, orgId: string): Promise<DiagnosticFact[]> {
  const enabled = await deps.enabledIds(orgId);
  const org = await deps.runtime(orgId);
  const facts: DiagnosticFact[] = [];
  for (const plugin of deps.plugins) {
    if (!plugin.diagnostic || !enabled.has(plugin.id)) continue;
    const logger = deps.logger.child({ org: orgId, plugin: plugin.id });
    const ctx = deps.serviceContext({
      org,
      actor: systemActor,
      clock: deps.clock,
      logger,
      settings: await deps.settingsOf(orgId, plugin.id),
    });
    try {
      for (const fact of await plugin.diagnostic(ctx)) {
        const parsed = diagnosticFactSchema.safeParse(fact);
        if (parsed.success) facts.push(parsed.data);
        else logger.warn({ fact }, "unknown diagnostic fact left out");
      }
    } catch (err) {
      logger.error({ err }, "diagnostic facts failed");
    }
  }
  return facts;
}
