import { afterEach, describe, expect, it } from "vitest";
import { defaultFarmingRules } from "../../contracts/rules.ts";
import { i18n } from "../i18n/index.ts";
import { historyText } from "./history-text.ts";

const stages = defaultFarmingRules.stages;
afterEach(() => i18n.setLocale("ru"));

describe("historyText", () => {
  it.each([
    [{ fromStage: null, toStage: "idea" }, "Создана на этапе «Идея»"],
    [{ fromStage: "idea", toStage: "proposal" }, "«Идея» → «Предложение»"],
    [{ fromStage: "proposal", toStage: "won" }, "Выиграна"],
    [{ fromStage: "proposal", toStage: "lost" }, "Проиграна"],
    [{ fromStage: "lost", toStage: "discussion" }, "Возвращена в работу на этап «Обсуждение»"],
    [{ fromStage: "removed-stage", toStage: "idea" }, "«—» → «Идея»"],
  ])("%o", (step, expected) => {
    i18n.setLocale("ru");
    expect(historyText(stages, step)).toBe(expected);
  });

  it("speaks English", () => {
    i18n.setLocale("en");
    expect(historyText(stages, { fromStage: "idea", toStage: "proposal" })).toBe("“Idea” → “Proposal”");
  });
});
