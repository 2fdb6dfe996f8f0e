import { describe, expect, it } from "vitest";
import { createI18n } from "./create-i18n.ts";
import { createLocaleStore, type LocaleStorage } from "./locale-store.ts";
import type { Translation } from "./types.ts";

const en = {
  greeting: "Hello, {name}",
  leads: { one: "{count} lead", other: "{count} leads" },
} as const;
const ru: Translation<typeof en> = {
  greeting: "Здравствуйте, {name}",
  leads: { one: "{count} лид", few: "{count} лида", many: "{count} лидов" },
};

function memoryStorage(
  initial: Record<string, string> = {},
): LocaleStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (key) => data[key] ?? null,
    setItem: (key, value) => {
      data[key] = value;
    },
  };
}

describe("createI18n", () => {
  it("starts in Russian, switches and remembers the choice", () => {
    const storage = memoryStorage();
    const i18n = createI18n({ en, ru }, { store: createLocaleStore({ storage }) });
    expect(i18n.t("greeting", { name: "Анна" })).toBe("Здравствуйте, Анна");
    i18n.setLocale("en");
    expect(i18n.t("leads", { count: 2 })).toBe("2 leads");
    expect(storage.data["quartet.locale"]).toBe("en");
  });

  it("restores the saved locale and ignores garbage", () => {
    expect(createLocaleStore({ storage: memoryStorage({ "quartet.locale": "en" }) }).locale()).toBe("en");
    expect(createLocaleStore({ storage: memoryStorage({ "quartet.locale": "de" }) }).locale()).toBe("ru");
  });

  it("picks localized texts", () => {
    const i18n = createI18n({ en, ru }, { store: createLocaleStore({ storage: null }) });
    expect(i18n.localized({ en: "Farming", ru: "Развитие" })).toBe("Развитие");
  });

  it("rejects a Russian dictionary with missing or extra keys at compile time", () => {
    // @ts-expect-error — "leads" is missing
    const missing: Translation<typeof en> = { greeting: "x" };
    // @ts-expect-error — "extra" is not an English key
    const extra: Translation<typeof en> = { ...ru, extra: "x" };
    // @ts-expect-error — a Russian plural needs few and many
    const shortPlural: Translation<typeof en> = { greeting: "x", leads: { one: "a", other: "b" } };
    expect([missing, extra, shortPlural]).toHaveLength(3);
  });

  it("types keys and requires count for plurals", () => {
    const i18n = createI18n({ en, ru }, { store: createLocaleStore({ storage: null }), onMissing: () => {} });
    // @ts-expect-error — unknown key
    i18n.t("nope");
    // @ts-expect-error — a plural message needs { count }
    i18n.t("leads");
    expect(i18n.t("leads", { count: 5 })).toBe("5 лидов");
  });
});
