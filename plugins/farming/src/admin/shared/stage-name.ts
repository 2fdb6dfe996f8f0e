import { i18n } from "../i18n/index.ts";

/** A deal stage's name in the user's language; `won` and `lost` (history steps) in the dictionary's words. */
export function stageName(
  stages: readonly { key: string; name: { ru: string; en: string } }[],
  key: string,
): string {
  if (key === "won") return i18n.t("deal.status.won");
  if (key === "lost") return i18n.t("deal.status.lost");
  const stage = stages.find((s) => s.key === key);
  return stage ? i18n.localized(stage.name) : i18n.t("none");
}
