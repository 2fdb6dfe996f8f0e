import type { Locale } from "@quartet/core";
import type { Reason } from "../contracts/reasons.ts";
import { criterionText, tierName, type WordingNames } from "./criterion-texts.ts";
import type { TierDecision } from "./tier-decision.ts";
import { counted, dateWords, words } from "./wording.ts";

export type { WordingNames } from "./criterion-texts.ts";

/**
 * A reason in words with its numbers, for timelines, notifications and the client's VIP card.
 *
 * @example reasonText("ru", { code: "revenue", params: { met: true, paidMinor: 520_000_000, minMinor: 500_000_000, windowMonths: 12 } }, names) // "оплачено 5,2 млн ₽ за 12 месяцев ≥ 5 млн ₽"
 */
export function reasonText(l: Locale, reason: Reason, names: WordingNames): string {
  const ru = l === "ru";
  const date = (d: string) => dateWords(d, l);
  const until = (d: string | null) => (d === null ? "" : ru ? `, до ${date(d)}` : `, until ${date(d)}`);
  switch (reason.code) {
    case "grace-started": {
      const { graceDays, demoteOn } = reason.params;
      return ru
        ? `льготный период ${counted(l, graceDays, words.days)}: понижение ${date(demoteOn)}, если условия не будут выполнены`
        : `a grace period of ${counted(l, graceDays, words.days)}: demotion on ${date(demoteOn)} unless the criteria are met again`;
    }
    case "in-grace": {
      const { since, demoteOn, daysLeft } = reason.params;
      return ru
        ? `ниже условий с ${date(since)}: до понижения ${counted(l, daysLeft, words.days)} (${date(demoteOn)})`
        : `below the criteria since ${date(since)}: ${counted(l, daysLeft, words.days)} left before demotion (${date(demoteOn)})`;
    }
    case "grace-expired": {
      const { since, graceDays } = reason.params;
      return ru
        ? `ниже условий с ${date(since)}, льготный период ${counted(l, graceDays, words.days)} истёк`
        : `below the criteria since ${date(since)}, the ${graceDays}-day grace period is over`;
    }
    case "recovered":
      return ru
        ? `условия снова выполнены (были ниже с ${date(reason.params.since)})`
        : `the criteria are met again (below since ${date(reason.params.since)})`;
    case "override-keep": {
      const { tierKey, reason: why } = reason.params;
      const tier = tierName(tierKey, l, names);
      return `${ru ? `вручную: не ниже уровня «${tier}»` : `by hand: at least ${tier}`} — ${why}${until(reason.params.until)}`;
    }
    case "override-exclude":
      return `${ru ? "исключён вручную" : "excluded by hand"} — ${reason.params.reason}${until(reason.params.until)}`;
    case "tier-removed": {
      if (!names.tiers[reason.params.tierKey]) {
        return ru ? "уровень удалён из программы" : "the tier was removed from the program";
      }
      const tier = tierName(reason.params.tierKey, l, names);
      return ru ? `уровень «${tier}» удалён из программы` : `the ${tier} tier was removed from the program`;
    }
    default:
      return criterionText(l, reason, names);
  }
}

/**
 * A decision in one line — what happened, then its reasons — as the client's timeline stores it.
 *
 * @example decisionText("en", promotion, names) // "Promoted from Gold to Platinum: paid 5.2 M ₽ in 12 months ≥ 5 M ₽"
 */
export function decisionText(l: Locale, decision: TierDecision, names: WordingNames): string {
  const ru = l === "ru";
  const from = decision.from === null ? "" : tierName(decision.from, l, names);
  const to = decision.to === null ? "" : tierName(decision.to, l, names);
  const head = (() => {
    switch (decision.action) {
      case "promote":
        if (decision.from === null) return ru ? `Присвоен уровень «${to}»` : `Granted ${to}`;
        return ru ? `Повышен с «${from}» до «${to}»` : `Promoted from ${from} to ${to}`;
      case "demote":
        if (decision.to === null) return ru ? `Снят уровень «${from}»` : `${from} withdrawn`;
        return ru ? `Понижен с «${from}» до «${to}»` : `Demoted from ${from} to ${to}`;
      case "start-grace":
        return ru ? `Предупреждение: уровень «${from}» под угрозой` : `Warning: ${from} at risk`;
      case "end-grace":
        return ru ? `Уровень «${from}» сохранён` : `${from} kept`;
      case "keep":
        return ru ? `Уровень «${from}» без изменений` : `${from} unchanged`;
      case "none":
        return ru ? "Без уровня" : "No tier";
    }
  })();
  const reasons = decision.reasons.map((r) => reasonText(l, r, names));
  return reasons.length === 0 ? head : `${head}: ${reasons.join("; ")}`;
}
