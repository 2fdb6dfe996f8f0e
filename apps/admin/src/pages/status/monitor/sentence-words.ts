import type { AppI18n } from "../../../i18n/index.ts";
import type { SentenceData } from "./monitor-types.ts";
import { readingValue } from "./reading-value.ts";

type Clause = SentenceData["clauses"][number];

/** A label inside a sentence starts lower-case, unless it opens with an abbreviation («VIP», «NRR»). */
function inSentence(label: string): string {
  const [first = "", second = ""] = label;
  return second === second.toLowerCase() ? first.toLowerCase() + label.slice(1) : label;
}

function legNames(i18n: AppI18n, functions: readonly SentenceData["subject"][]): string {
  return functions.flatMap((fn) => (fn ? [i18n.t(`functions.${fn}`)] : [])).join(", ");
}

/** One clause in words: a reading with its target, a count of clients stuck, a reason a leg is missing. */
export function clauseWords(i18n: AppI18n, clause: Clause): string {
  switch (clause.code) {
    case "reading": {
      const label = inSentence(i18n.localized(clause.label));
      const value = readingValue(i18n, clause.value, clause.unit);
      if (clause.target === null) return i18n.t("monitor.clause.reading", { label, value });
      const target = readingValue(i18n, clause.target, clause.unit);
      return i18n.t("monitor.clause.readingTarget", { label, value, target });
    }
    case "leads-not-taken":
      return i18n.t("monitor.clause.leadsNotTaken", { count: clause.count });
    case "waiting-for-farmer":
      return i18n.t("monitor.clause.waitingForFarmer", { count: clause.count });
    case "rejected-30d":
      return i18n.t("monitor.clause.rejected30d", { count: clause.count });
    case "over-capacity":
      return i18n.t("monitor.clause.overCapacity", {
        count: clause.count,
        capacity: i18n.formatNumber(clause.capacityPerDay),
      });
    case "missing-reason":
      return i18n.t(`monitor.reason.${clause.reason}`);
    case "also-missing":
      return i18n.t("monitor.alsoMissing", { legs: legNames(i18n, clause.functions) });
    case "steady":
      return i18n.t("monitor.steady");
    case "no-data":
      return i18n.t("monitor.noData", { legs: legNames(i18n, clause.functions) });
  }
}

/**
 * The verdict as one sentence: «Развитие клиентов: клиенты с просроченным контактом: 38 % (цель 20 %);
 * 12 выигранных клиентов ждут фермера дольше срока передачи».
 */
export function sentenceWords(i18n: AppI18n, sentence: SentenceData): string {
  const clauses = sentence.clauses.map((clause) => clauseWords(i18n, clause)).join("; ");
  return sentence.subject ? `${i18n.t(`functions.${sentence.subject}`)}: ${clauses}` : clauses;
}
