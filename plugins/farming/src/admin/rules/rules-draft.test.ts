import { describe, expect, it } from "vitest";
import { defaultFarmingRules, farmingRulesSchema } from "../../contracts/rules.ts";
import { draftOf, newStageKey, rulesOf, serverFieldErrors } from "./rules-draft.ts";
import { unitOf } from "./rules-fields.ts";

describe("the rules form", () => {
  it("shows shares as percents and money in roubles", () => {
    const draft = draftOf({
      ...defaultFarmingRules,
      ladder: { complexMinCategories: 3, complexMinOrderMinor: 15_000_000, projectMinOrderMinor: 0 },
    });
    expect(draft.values["classes.aShare"]).toBe("80");
    expect(draft.values["whitespace.minConfidence"]).toBe("50");
    expect(draft.values["ladder.complexMinOrderMinor"]).toBe("150000");
    expect(draft.cadence[0]).toEqual({ abc: "A", minRevenue: "", days: "14" });
    expect(draft.stages[0]).toEqual({ key: "idea", ru: "Идея", en: "Idea", probability: "10" });
  });

  it("gives back the stored rules unchanged when nothing was typed", () => {
    const { rules, errors } = rulesOf(draftOf(defaultFarmingRules));
    expect(errors).toEqual({});
    expect(farmingRulesSchema.parse(rules)).toEqual(defaultFarmingRules);
  });

  it("reads what a person types: spaces, a decimal comma, a percent", () => {
    const draft = draftOf(defaultFarmingRules);
    draft.values["classes.aShare"] = "75,5";
    draft.values["ladder.projectMinOrderMinor"] = "1 200 000,50";
    draft.cadence.push({ abc: "", minRevenue: "500 000", days: "21" });
    const { rules } = rulesOf(draft);
    expect(rules?.classes?.aShare).toBeCloseTo(0.755);
    expect(rules?.ladder?.projectMinOrderMinor).toBe(120_000_050);
    expect(rules?.cadence?.rules?.[2]).toEqual({ abc: null, minRevenueMinor: 50_000_000, days: 21 });
  });

  it("names the fields that are not numbers by the server's paths", () => {
    const draft = draftOf(defaultFarmingRules);
    draft.values["purchase.minLateDays"] = "семь";
    draft.values["cadence.defaultDays"] = "";
    draft.values["purchase.minOrders"] = "2,5";
    draft.cadence[1] = { abc: "B", minRevenue: "", days: "x" };
    const { rules, errors } = rulesOf(draft);
    expect(rules).toBeNull();
    expect(errors).toEqual({
      "purchase.minLateDays": { code: "notNumber" },
      "cadence.defaultDays": { code: "required" },
      "purchase.minOrders": { code: "notInteger" },
      "cadence.rules.1.days": { code: "notNumber" },
    });
  });

  it("places the server's refusals at their fields: bounds by their keys as typed, the rest in the server's words", () => {
    const atMost = (maximum: number) => ({ key: "core.input.atMost", params: { maximum, count: maximum } });
    const atLeast = (minimum: number) => ({ key: "core.input.atLeast", params: { minimum, count: minimum } });
    const failure = {
      fields: {
        "classes.bShare": "Доля A не может быть больше доли B",
        "classes.xMaxVariation": "Не больше 10",
        "whitespace.minConfidence": "Не больше 1",
        "cadence.rules.0.days": "Не больше 365 дней",
        "purchase.minLateDays": "Не меньше 0",
        "purchase.tolerancePercent": "Введите целое число",
        stages: "Ключи этапов должны различаться",
      },
      fieldKeys: {
        "classes.bShare": { key: "farming.shareOrder", params: {} },
        "classes.xMaxVariation": atMost(10),
        "whitespace.minConfidence": atMost(1),
        "cadence.rules.0.days": { key: "farming.atMost365Days", params: {} },
        "purchase.minLateDays": atLeast(0),
        "purchase.tolerancePercent": { key: "core.input.mustBeWhole", params: {} },
        stages: { key: "farming.stageKeysDiffer", params: {} },
      },
    };
    expect(serverFieldErrors(failure, unitOf)).toEqual({
      "classes.bShare": { code: "invalid", text: "Доля A не может быть больше доли B" },
      "classes.xMaxVariation": { code: "tooBig", limit: 1000 },
      "whitespace.minConfidence": { code: "tooBig", limit: 100 },
      "cadence.rules.0.days": { code: "invalid", text: "Не больше 365 дней" },
      "purchase.minLateDays": { code: "tooSmall", limit: 0 },
      "purchase.tolerancePercent": { code: "invalid", text: "Введите целое число" },
      stages: { code: "invalid", text: "Ключи этапов должны различаться" },
    });
  });

  it("words a field in the server's words when its key is missing (an older server)", () => {
    const failure = { fields: { "classes.aShare": "Не больше 1" }, fieldKeys: {} };
    expect(serverFieldErrors(failure, unitOf)).toEqual({
      "classes.aShare": { code: "invalid", text: "Не больше 1" },
    });
  });

  it("gives a new stage a key no stage has", () => {
    const stages = draftOf(defaultFarmingRules).stages;
    expect(newStageKey(stages)).toBe("stage-5");
    expect(newStageKey([...stages, { key: "stage-5", ru: "", en: "", probability: "" }])).toBe("stage-6");
  });
});
