import { i18n } from "../i18n/index.ts";
import { stageName } from "../shared/stage-name.ts";

/** A step of a deal's history as `deals.get` answers it. */
export type HistoryStep = { fromStage: string | null; toStage: string };

type Stages = readonly { key: string; name: { ru: string; en: string } }[];

/**
 * A step of a deal's history in words: opened in a stage, moved between stages, won, lost,
 * reopened — stage names in the user's language, never their keys.
 *
 * @example historyText(stages, { fromStage: "idea", toStage: "proposal" }) // "«Идея» → «Предложение»"
 */
export function historyText(stages: Stages, step: HistoryStep): string {
  const to = stageName(stages, step.toStage);
  if (step.toStage === "won") return i18n.t("deal.history.won");
  if (step.toStage === "lost") return i18n.t("deal.history.lost");
  if (step.fromStage === null) return i18n.t("deal.history.opened", { to });
  if (step.fromStage === "lost") return i18n.t("deal.history.reopened", { to });
  return i18n.t("deal.history.moved", { from: stageName(stages, step.fromStage), to });
}
