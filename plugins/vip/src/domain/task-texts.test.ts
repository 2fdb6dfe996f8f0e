import { describe, expect, it } from "vitest";
import { breachTaskTitle, graceTaskTitle, reviewTaskTitle } from "./task-texts.ts";

describe("task titles", () => {
  it.each([
    ["ru", 240, false, "нет ответа VIP-клиенту дольше 4\u00A0часов рабочего времени: ООО Ромашка"],
    ["ru", 60, true, "Эскалация: нет ответа VIP-клиенту дольше 1\u00A0часа рабочего времени: ООО Ромашка"],
    ["ru", 90, false, "нет ответа VIP-клиенту дольше 90 мин. рабочего времени: ООО Ромашка"],
    [
      "en",
      120,
      true,
      "Escalation: no answer to a VIP client within 2\u00A0hours of business time: ООО Ромашка",
    ],
  ] as const)("breach in %s after %i minutes (escalated: %s)", (locale, slaMinutes, escalated, title) => {
    expect(breachTaskTitle(locale, { clientName: "ООО Ромашка", slaMinutes, escalated })).toBe(title);
  });

  it("words the grace warning and the review with dates", () => {
    const p = { clientName: "ООО Ромашка", tierName: "Золото", demoteOn: "2026-09-08" };
    expect(graceTaskTitle("ru", p)).toBe(
      "Клиент ниже условий уровня «Золото», понижение 08.09.2026: ООО Ромашка",
    );
    expect(graceTaskTitle("en", { ...p, tierName: "Gold" })).toBe(
      "Client below the Gold criteria, demotion on 8 Sep 2026: ООО Ромашка",
    );
    expect(reviewTaskTitle("en", { clientName: "Acme", dueOn: "2026-06-02" })).toBe(
      "Review the VIP account by 2 Jun 2026: Acme",
    );
  });
});
