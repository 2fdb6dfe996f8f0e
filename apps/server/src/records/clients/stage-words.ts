import type { LifecycleStage, Locale, StageReasonCode } from "@quartet/core";
import { stageWords } from "../export/labels.ts";

type Params = Readonly<Record<string, string>>;

const reasonWords: Record<StageReasonCode, Record<Locale, (params: Params) => string>> = {
  "first-payment": { en: () => "First payment received", ru: () => "Получена первая оплата" },
  "deal-created": {
    en: (p) => `Deal “${p.title ?? ""}” opened`,
    ru: (p) => `Открыта сделка «${p.title ?? ""}»`,
  },
  "deal-won": {
    en: (p) => `Deal “${p.title ?? ""}” won`,
    ru: (p) => `Сделка «${p.title ?? ""}» выиграна`,
  },
  "request-qualified": {
    en: (p) => `Request qualified (${p.source ?? ""})`,
    ru: (p) => `Заявка квалифицирована (${p.source ?? ""})`,
  },
};

/** The text of a coded stage reason in `locale`, e.g. `Сделка «Поставка» выиграна`. */
export function stageReasonText(locale: Locale, code: StageReasonCode, params: Params = {}): string {
  return reasonWords[code][locale](params);
}

/**
 * The timeline text of a stage change in the organisation's language, for API and CSV readers.
 *
 * @example stageChangeText("ru", "lead", "negotiation", "Открыта сделка «Поставка»") // "Лид → Переговоры: Открыта сделка «Поставка»"
 */
export function stageChangeText(
  locale: Locale,
  from: LifecycleStage,
  to: LifecycleStage,
  reason: string | null,
): string {
  const head = `${stageWords[from][locale]} → ${stageWords[to][locale]}`;
  return reason ? `${head}: ${reason}` : head;
}
