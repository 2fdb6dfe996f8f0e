import { msg, wordRef } from "@quartet/core";
import { describe, expect, it } from "vitest";
import { m } from "../contracts/messages.ts";
import { timelineTexts } from "./timeline-texts.ts";

describe("timelineTexts", () => {
  it.each([
    ["ru", timelineTexts.call("Весна", "interested", "Просит КП"), "Звонок (Весна): интересно. Просит КП"],
    ["en", timelineTexts.call("Spring", "no-answer", null), "Call (Spring): no answer"],
    ["ru", timelineTexts.message(msg("site"), null), "Обращение (site): без текста"],
    ["en", timelineTexts.message(msg(m.sourceTelegram), "Need a quote"), "Request (Telegram): Need a quote"],
    [
      "ru",
      timelineTexts.qualified(msg(m.sourceForm, { name: "Заявка с сайта" }), null),
      "Заявка квалифицирована: лид (форма «Заявка с сайта»)",
    ],
    ["en", timelineTexts.qualified(msg("phone"), "Hot"), "Request qualified: a lead (phone). Hot"],
  ] as const)("%s: %s", (locale, text, expected) => {
    expect(wordRef(locale, text)).toBe(expected);
  });
});
