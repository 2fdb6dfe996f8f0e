import { describe, expect, it } from "vitest";
import { localeOfRequest } from "./request-locale.ts";

describe("localeOfRequest", () => {
  it.each([
    [{}, "en"],
    [{ "x-quartet-locale": "ru" }, "ru"],
    [{ "x-quartet-locale": "en", "accept-language": "ru" }, "en"],
    [{ "x-quartet-locale": "de", "accept-language": "ru-RU,ru;q=0.9" }, "ru"],
    [{ "accept-language": "de-DE,ru;q=0.5,en;q=0.8" }, "en"],
    [{ "accept-language": "de-DE,fr;q=0.5" }, "en"],
    [{ "accept-language": "ru;q=0,en" }, "en"],
    [{ "accept-language": "RU" }, "ru"],
  ] as const)("%j → %s", (headers, expected) => {
    expect(localeOfRequest(new Headers(headers))).toBe(expected);
  });

  it("falls back to the language it is given", () => {
    expect(localeOfRequest(new Headers(), "ru")).toBe("ru");
  });
});
