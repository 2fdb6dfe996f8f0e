import {
  type LifecycleStage,
  type Locale,
  type MessageRef,
  type StageReasonCode,
  stageRef,
  timelineMessages as t,
  wordRef,
} from "@quartet/core";

type Params = Readonly<Record<string, string>>;

const reasonKeys: Record<StageReasonCode, string> = {
  "first-payment": t.firstPayment,
  "deal-created": t.dealCreated,
  "deal-won": t.dealWon,
  "request-qualified": t.requestQualified,
};

/** A coded stage reason as a key the reader words, e.g. `Сделка «Поставка» выиграна`. */
export function stageReasonRef(code: StageReasonCode, params: Params = {}): MessageRef {
  const { title = "", source = "" } = params;
  return {
    key: reasonKeys[code],
    params: code === "request-qualified" ? { source } : code === "first-payment" ? {} : { title },
  };
}

/** The text of a coded stage reason in `locale`. */
export const stageReasonText = (locale: Locale, code: StageReasonCode, params: Params = {}): string =>
  wordRef(locale, stageReasonRef(code, params));

/** The timeline text of a stage change as a key: the reason a coded one (`MessageRef`) or a person's words. */
export function stageChangeRef(
  from: LifecycleStage,
  to: LifecycleStage,
  reason: MessageRef | string | null,
): MessageRef {
  const text = { key: t.stageChange, params: { from: stageRef(from), to: stageRef(to) } };
  return reason ? { key: t.withDetail, params: { text, detail: reason } } : text;
}

/**
 * The timeline text of a stage change in `locale`.
 *
 * @example stageChangeText("ru", "lead", "negotiation", "Открыта сделка «Поставка»") // "Лид → Переговоры: Открыта сделка «Поставка»"
 */
export const stageChangeText = (
  locale: Locale,
  from: LifecycleStage,
  to: LifecycleStage,
  reason: MessageRef | string | null,
): string => wordRef(locale, stageChangeRef(from, to, reason));
