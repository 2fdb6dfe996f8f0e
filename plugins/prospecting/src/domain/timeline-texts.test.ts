import { describe, expect, it } from "vitest";
import { timelineTexts } from "./timeline-texts.ts";

describe("timelineTexts", () => {
  it.each([
    [timelineTexts.call("ru", "Весна", "interested", "Просит КП"), "Звонок (Весна): интересно. Просит КП"],
    [timelineTexts.call("en", "Spring", "no-answer", null), "Call (Spring): no answer"],
    [timelineTexts.message("ru", "site", null), "Обращение (site): без текста"],
    [timelineTexts.message("en", "telegram", "Need a quote"), "Request (telegram): Need a quote"],
    [timelineTexts.qualified("ru", "phone", null), "Заявка квалифицирована: лид (phone)"],
    [timelineTexts.qualified("en", "phone", "Hot"), "Request qualified: a lead (phone). Hot"],
  ])("%s", (text, expected) => {
    expect(text).toBe(expected);
  });
});
