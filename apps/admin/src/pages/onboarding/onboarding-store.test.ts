import { describe, expect, it } from "vitest";
import { createOnboardingStore, stepOfField } from "./onboarding-store.ts";

describe("onboarding store", () => {
  it("starts with the Russian defaults and all four functions", () => {
    const store = createOnboardingStore("ru");
    expect(store.basics()).toEqual({
      name: "",
      defaultCurrency: "RUB",
      timeZone: "Europe/Moscow",
      locale: "ru",
    });
    expect(store.stage()).toBe("solo");
    expect(store.functions()).toEqual(["prospecting", "first-sale", "farming", "vip"]);
  });

  it("keeps functions in stool order whatever order they are ticked in", () => {
    const store = createOnboardingStore("en");
    store.toggleFunction("prospecting", false);
    store.toggleFunction("first-sale", false);
    store.toggleFunction("prospecting", true);
    expect(store.functions()).toEqual(["prospecting", "farming", "vip"]);
  });

  it("clears a field's error when the field changes", () => {
    const store = createOnboardingStore("en");
    store.setErrors({ name: "Name the organisation", timeZone: "Unknown time zone" });
    store.patchBasics({ name: "Acme" });
    expect(store.errors()).toEqual({ timeZone: "Unknown time zone" });
  });

  it("sends a field's server message back to the step that shows it", () => {
    expect(stepOfField("timeZone")).toBe(0);
    expect(stepOfField("growthStage")).toBe(1);
  });
});
