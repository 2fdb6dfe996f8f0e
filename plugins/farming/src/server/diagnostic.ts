import type { DiagnosticFacts, ServiceContext } from "@quartet/core";
import { loadRules } from "./services/rules/load-rules.ts";

/** Farming's facts for the self-diagnostic: the contact cadence its rules set, the most frequent first. */
export async function farmingDiagnostic(ctx: ServiceContext<unknown>): Promise<DiagnosticFacts> {
  const { cadence } = await loadRules(ctx.org.db);
  const shortestDays = Math.min(cadence.defaultDays, ...cadence.rules.map((rule) => rule.days));
  return [
    { code: "contact-cadence", shortestDays, defaultDays: cadence.defaultDays, rules: cadence.rules.length },
  ];
}
