import { type Locale, wordMessage } from "@quartet/core";
import type { ConformanceRule, Finding } from "./findings.ts";
import { conformanceMessages as m } from "./messages.ts";

const titles: Record<ConformanceRule, string> = {
  permissions: m.rulePermissions,
  "forbidden-actor": m.ruleForbiddenActor,
  "table-prefix": m.ruleTablePrefix,
  migrations: m.ruleMigrations,
  "keeps-data": m.ruleKeepsData,
  purge: m.rulePurge,
  "settings-labels": m.ruleSettingsLabels,
  "events-versioned": m.ruleEventsVersioned,
  health: m.ruleHealth,
  readme: m.ruleReadme,
};

/**
 * A finding in words: its rule's title and what was found, in `locale`.
 *
 * @example wordFinding(finding, "ru") // { title: "очистка", text: "в организации снова 42 таблицы, как до включения" }
 */
export function wordFinding(finding: Finding, locale: Locale): { title: string; text: string } {
  return {
    title: wordMessage(locale, titles[finding.rule]),
    text: wordMessage(locale, finding.message.key, finding.message.params),
  };
}
