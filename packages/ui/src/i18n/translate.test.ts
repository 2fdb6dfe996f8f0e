import { describe, expect, it, vi } from "vitest";
import { findMessage, translate } from "./translate.ts";

const en = {
  nav: { clients: "Clients", status: "Status" },
  plugins: { count: { one: "{count} plugin", other: "{count} plugins" } },
  onlyEnglish: "Only in English",
};
const ru = {
  nav: { clients: "Клиенты", status: "Состояние" },
  plugins: { count: { one: "{count} модуль", few: "{count} модуля", many: "{count} модулей" } },
};

const run = (locale: "ru" | "en", key: string, params?: Record<string, string | number>) => {
  const onMissing = vi.fn();
  const text = translate({
    dictionaries: { en, ru },
    locale,
    fallback: "en",
    key,
    params,
    formatNumber: String,
    onMissing,
  });
  return { text, onMissing };
};

describe("findMessage", () => {
  it("walks dotted keys and stops at leaves", () => {
    expect(findMessage(en, "nav.clients")).toBe("Clients");
    expect(findMessage(en, "nav")).toBeUndefined();
    expect(findMessage(en, "nav.clients.more")).toBeUndefined();
    expect(findMessage(en, "plugins.count.one")).toBeUndefined();
  });
});

describe("translate", () => {
  it("uses the current locale", () => {
    expect(run("ru", "nav.clients").text).toBe("Клиенты");
    expect(run("en", "nav.clients").text).toBe("Clients");
  });

  it("selects the plural form of the language the message came from", () => {
    expect(run("ru", "plugins.count", { count: 3 }).text).toBe("3 модуля");
    expect(run("ru", "plugins.count", { count: 7 }).text).toBe("7 модулей");
    expect(run("en", "plugins.count", { count: 1 }).text).toBe("1 plugin");
  });

  it("falls back to English when the Russian message is missing, without reporting", () => {
    const { text, onMissing } = run("ru", "onlyEnglish");
    expect(text).toBe("Only in English");
    expect(onMissing).not.toHaveBeenCalled();
  });

  it("returns the key and reports it when no dictionary has it", () => {
    const { text, onMissing } = run("ru", "nav.unknown");
    expect(text).toBe("nav.unknown");
    expect(onMissing).toHaveBeenCalledWith("nav.unknown", "ru");
  });
});
