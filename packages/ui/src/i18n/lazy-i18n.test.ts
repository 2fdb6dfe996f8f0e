import { describe, expect, it } from "vitest";
import { createI18n, type I18nOptions } from "./create-i18n.ts";
import { createLocaleStore, type LocaleStore } from "./locale-store.ts";
import type { Dictionary, Locale, Translation } from "./types.ts";

const en = { greeting: "Hello", leads: { one: "{count} lead", other: "{count} leads" } } as const;
const ru: Translation<typeof en> = {
  greeting: "Здравствуйте",
  leads: { one: "{count} лид", few: "{count} лида", many: "{count} лидов" },
};

type Deferred = { resolve: () => void; reject: (error: unknown) => void };

/** A loader whose loads the test finishes by hand, recording which languages were asked for. */
function handLoader(dictionaries: Record<Locale, Dictionary> = { en, ru }) {
  // The tests hand over plain dictionaries; the app's loader returns the typed ones.
  type Loaded = typeof en | Translation<typeof en>;
  const asked: Locale[] = [];
  const open = new Map<Locale, Deferred>();
  const load = (locale: Locale) => {
    asked.push(locale);
    return new Promise<Loaded>((resolve, reject) => {
      open.set(locale, { resolve: () => resolve(dictionaries[locale] as Loaded), reject });
    });
  };
  const settle = async (locale: Locale, error?: unknown) => {
    const deferred = open.get(locale);
    if (!deferred) throw new Error(`no load of ${locale} is open`);
    open.delete(locale);
    if (error === undefined) deferred.resolve();
    else deferred.reject(error);
    await new Promise((next) => setTimeout(next, 0));
  };
  return { asked, load, settle };
}

function lazyI18n(initial: Locale, loader: ReturnType<typeof handLoader>, options: I18nOptions = {}) {
  const saved: Record<string, string> = { "quartet.locale": initial };
  const store: LocaleStore = createLocaleStore({
    storage: {
      getItem: (key) => saved[key] ?? null,
      setItem: (key, value) => {
        saved[key] = value;
      },
    },
  });
  const failures: [Locale, unknown][] = [];
  const missing: string[] = [];
  const i18n = createI18n<typeof en>(
    { load: loader.load },
    {
      store,
      onLoadError: (locale, error) => failures.push([locale, error]),
      onMissing: (key) => missing.push(key),
      ...options,
    },
  );
  return { i18n, store, saved, failures, missing };
}

/** A translator that has shown its first language (`initial`, loaded by hand). */
async function startedI18n(initial: Locale, loader: ReturnType<typeof handLoader>) {
  const made = lazyI18n(initial, loader);
  const ready = made.i18n.ready();
  await loader.settle(initial);
  await ready;
  return made;
}

describe("createI18n({ load })", () => {
  it("loads only the saved language before the first render", async () => {
    const loader = handLoader();
    const { i18n } = await startedI18n("ru", loader);
    expect(loader.asked).toEqual(["ru"]);
    expect(i18n.t("leads", { count: 5 })).toBe("5 лидов");
  });

  it("keeps the current language on screen while the other one loads, then switches in one go", async () => {
    const loader = handLoader();
    const { i18n, saved } = await startedI18n("ru", loader);

    const switched = i18n.setLocale("en");
    expect([i18n.pending(), i18n.locale(), i18n.t("greeting")]).toEqual(["en", "ru", "Здравствуйте"]);
    await loader.settle("en");
    await switched;
    expect([i18n.pending(), i18n.locale(), i18n.t("greeting"), saved["quartet.locale"]]).toEqual([
      null,
      "en",
      "Hello",
      "en",
    ]);

    await i18n.setLocale("ru");
    expect([i18n.locale(), i18n.t("greeting"), loader.asked]).toEqual(["ru", "Здравствуйте", ["ru", "en"]]);
  });

  it("lets the last choice win when the user switches back while loading", async () => {
    const loader = handLoader();
    const { i18n } = await startedI18n("ru", loader);

    const toEnglish = i18n.setLocale("en");
    await i18n.setLocale("ru");
    expect(i18n.pending()).toBeNull();
    await loader.settle("en");
    await toEnglish;
    expect([i18n.locale(), i18n.t("greeting")]).toEqual(["ru", "Здравствуйте"]);
  });

  it("keeps the current language when a load fails, reports it, and retries on the next click", async () => {
    const loader = handLoader();
    const { i18n, failures } = await startedI18n("ru", loader);

    const offline = new Error("offline");
    const switched = i18n.setLocale("en");
    await loader.settle("en", offline);
    await switched;
    expect([i18n.locale(), i18n.t("greeting"), i18n.failed(), i18n.pending()]).toEqual([
      "ru",
      "Здравствуйте",
      "en",
      null,
    ]);
    expect(failures).toEqual([["en", offline]]);

    const again = i18n.setLocale("en");
    expect(i18n.failed()).toBeNull();
    await loader.settle("en");
    await again;
    expect(i18n.t("greeting")).toBe("Hello");
  });

  it("rejects ready() when the first dictionary cannot be loaded", async () => {
    const loader = handLoader();
    const { i18n } = lazyI18n("en", loader);
    const ready = expect(i18n.ready()).rejects.toThrow("offline");
    await loader.settle("en", new Error("offline"));
    await ready;
  });

  it("shows a message missing from Russian in English once English has loaded", async () => {
    const partial = { greeting: "Здравствуйте" } as unknown as Dictionary;
    const loader = handLoader({ en, ru: partial });
    const { i18n, missing } = await startedI18n("ru", loader);

    expect(i18n.t("leads", { count: 2 })).toBe("leads");
    expect(missing).toEqual(["leads"]);
    await Promise.resolve();
    await loader.settle("en");
    expect([i18n.t("leads", { count: 2 }), i18n.locale(), loader.asked]).toEqual([
      "2 leads",
      "ru",
      ["ru", "en"],
    ]);
  });

  it("follows a locale set elsewhere on the page once that language has loaded", async () => {
    const loader = handLoader();
    const { i18n, store } = await startedI18n("ru", loader);

    store.setLocale("en");
    expect(i18n.t("greeting")).toBe("Здравствуйте");
    await Promise.resolve();
    await loader.settle("en");
    expect(i18n.t("greeting")).toBe("Hello");
  });

  it("types keys through the English dictionary", () => {
    const { i18n } = lazyI18n("ru", handLoader());
    // @ts-expect-error — unknown key
    expect(() => i18n.t("nope")).not.toThrow();
  });
});
