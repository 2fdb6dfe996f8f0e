import type { DiagnosticFact, DiagnosticFacts, ServiceContext } from "@quartet/core";
import { type FirstSaleSettings, firstSaleSettings, type WonRule } from "../contracts/settings.ts";

function wonWhen(rule: WonRule): DiagnosticFact {
  switch (rule.kind) {
    case "full-payment":
      return { code: "first-sale-won-when", rule: "money" };
    case "contract-signed":
      return { code: "first-sale-won-when", rule: "contract" };
    case "prepayment":
      return { code: "first-sale-won-when", rule: "prepayment", percent: rule.percent };
  }
}

/** First sale's facts for the self-diagnostic: what counts as won, and whether won clients go to farming by rule. */
export async function firstSaleDiagnostic(ctx: ServiceContext<FirstSaleSettings>): Promise<DiagnosticFacts> {
  const settings = ctx.settings ?? firstSaleSettings.parse({});
  return [wonWhen(settings.wonWhen), { code: "handoff-to-farming", automatic: settings.handoffToFarming }];
}
