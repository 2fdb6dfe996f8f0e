import type { AppI18n } from "../../i18n/index.ts";
import type { Prefilled, Recommendation } from "./types.ts";

type Params = Record<string, number | string>;

/** A section's title: the function's name, or "the department as a whole". */
export function sectionTitle(i18n: AppI18n, section: string): string {
  return section === "department" ? i18n.t("diagnostic.department") : i18n.tDynamic(`functions.${section}`);
}

/** A question's text, by its id (`farming.cadence`). */
export function questionText(i18n: AppI18n, id: string): string {
  return i18n.tDynamic(`diagnostic.questions.${id}.text`);
}

/** An answer's words, by its question and code. */
export function answerText(i18n: AppI18n, id: string, code: string): string {
  return i18n.tDynamic(`diagnostic.questions.${id}.options.${code}`);
}

/** Where a pre-filled answer came from: "From Quartet's data: 2 VIP tiers". */
export function sourceText(i18n: AppI18n, prefilled: Prefilled): string {
  const { code, params } = prefilled.source;
  const count = params.count ?? params.people;
  const text = i18n.tDynamic(
    `diagnostic.source.${code}`,
    count === undefined ? params : { ...params, count },
  );
  return i18n.t("diagnostic.fromData", { text });
}

const fnParams = (i18n: AppI18n, params: Params): Params =>
  typeof params.function === "string" ? { function: i18n.tDynamic(`functions.${params.function}`) } : {};

/** A recommendation's title, reason (with its numbers) and the name of the page where to act. */
export function recommendationText(i18n: AppI18n, rec: Recommendation) {
  const key = `diagnostic.recommendation.${rec.code}`;
  const params = rec.params as Params;
  const count = Number(params.clients ?? params.people ?? 0);
  const reason =
    rec.code === "assign-specialist" && count === 0
      ? i18n.tDynamic(`${key}.reasonNoClients`)
      : rec.code === "separate-hunters-farmers" && count === 0
        ? i18n.tDynamic(`${key}.reasonNoCount`)
        : i18n.tDynamic(`${key}.reason`, { count });
  return {
    title: i18n.tDynamic(`${key}.title`, fnParams(i18n, params)),
    reason,
    because: i18n.t("diagnostic.report.because", {
      answer: answerText(i18n, rec.because.question, rec.because.answer),
    }),
    action: i18n.tDynamic(`${key}.action`),
  };
}
