import type { Page } from "playwright-core";
import { expect } from "vitest";
import { en } from "../../src/i18n/en.ts";
import { ru } from "../../src/i18n/ru.ts";

/** Text with every kind of space (Russian number formats use narrow no-break ones) as a plain space. */
export const spaced = (text: string | null) => (text ?? "").replace(/\s/g, " ");

/**
 * What no screen may show a person: internal ids (the well-known prefixes, and any `<prefix>_<ulid>` as
 * `newId` makes them: 10 time and 16 random Crockford characters), slugs and source codes (`form:zayavka-s-sayta`, `campaign:Весна`),
 * unfilled placeholders, raw JSON and raw values.
 */
const leaks =
  /\b(cli|usr|org|deal|dhs|ofr|ord|tsk|hnd)_[0-9A-Za-z]{6,}|\b[a-z]{1,5}_[0-9a-hjkmnp-tv-z]{26}\b|\b[a-z][a-z-]*:[^\s/\d]|\{[a-z]+\}|\{"|\bundefined\b|\bNaN\b|\bnull\b|\[object/;

/** The first leak in `text` (an id, a slug, a placeholder, JSON or a raw value), or null. */
export function leakIn(text: string): string | null {
  return text.match(leaks)?.[0] ?? null;
}

/** The text a person sees on the page (hidden nodes left out). */
// biome-ignore lint/performance/useDomNodeTextContent: only the text a person sees counts, not hidden nodes
export const visibleText = (page: Page) => page.locator("body").innerText();

/**
 * Fails when the page's visible text leaks ids, placeholders or raw values, or matches `codes`
 * (a plugin's own codes and slugs, e.g. `/farming\.[a-z]/`).
 */
export async function expectNoLeaks(page: Page, codes?: RegExp): Promise<void> {
  const text = await visibleText(page);
  expect(leakIn(text)).toBeNull();
  if (codes) expect(text.match(codes)?.[0] ?? null).toBeNull();
}

/**
 * Latin words any Russian screen may show, each a name Russian business software writes in Latin too:
 * the product (Quartet), products it names (Telegram and its @BotFather, amoCRM, Windows, the DaData
 * registry, the Zadarma PBX), «VIP», file formats and encodings (CSV, UTF-8, PNG, JPEG, PDF), «API» keys, «UTM» tags, «KPI», the farming classes ABC/XYZ and
 * retention «NRR», «Email» as a field's name, «English» as the language picker names it, and the key names of the hints (the search shows «Ctrl K»).
 */
const latinAlways = [
  "Quartet",
  "Telegram",
  "BotFather",
  "amoCRM",
  "Windows",
  "DaData",
  "Zadarma",
  "VIP",
  "CSV",
  "UTF",
  "PNG",
  "JPEG",
  "PDF",
  "API",
  "UTM",
  "KPI",
  "ABC",
  "XYZ",
  "NRR",
  "Email",
  "email",
  "English",
  "Enter",
  "Ctrl",
  "Esc",
];

/** ISO 4217 currency codes (`RUB`, `KZT`): a currency picker or an amount in a foreign currency shows them as such. */
const currencyCodes = Intl.supportedValuesOf("currency");

/** Addresses a person types and reads as they are: URLs, emails, Telegram handles (`@romashka`) and domain names (`polus.ru`). */
const addresses = /\b[a-z][a-z0-9+.-]*:\/\/\S+|[\w.+-]+@[\w.-]+|@\w{3,}|\b(?:[\w-]+\.)+[a-z]{2,}\b/gi;

/** The Latin words of three letters or more in `text` beyond `allowed` and the always-allowed ones, addresses left out. */
export function latinWordsIn(text: string, allowed: readonly string[] = []): string[] {
  const permitted = new Set([...latinAlways, ...currencyCodes, ...allowed]);
  return [...text.replace(addresses, " ").matchAll(/[A-Za-z]{3,}/g)]
    .map((m) => m[0])
    .filter((word) => !permitted.has(word));
}

/** Fails when a Russian screen shows a Latin word of three letters or more beyond `allowed` (e.g. "ABC"). */
export async function expectRussian(page: Page, allowed: readonly string[] = []): Promise<void> {
  expect(latinWordsIn(await visibleText(page), allowed)).toEqual([]);
}

/**
 * The outermost elements that stick out of a page that scrolls sideways (a board or table may scroll
 * inside itself), or none when the page fits its width.
 */
export async function sideScrollers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // The layout viewport's width: a phone zooms out to a page wider than the screen, and then innerWidth grows with it.
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    const clipped = (el: HTMLElement) => {
      for (let up = el.parentElement; up; up = up.parentElement) {
        if (getComputedStyle(up).overflowX !== "visible") return up.getBoundingClientRect().right <= width;
      }
      return false;
    };
    const out = [...document.querySelectorAll<HTMLElement>("body *")].filter(
      (el) => el.getBoundingClientRect().right > width + 1 && !clipped(el),
    );
    const named = out
      .filter((el) => !out.includes(el.parentElement as HTMLElement))
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    return named.length > 0 ? named : ["html"];
  });
}

/** Fails when the page itself scrolls sideways, naming the outermost elements that stick out. */
export async function expectNoSideScroll(page: Page): Promise<void> {
  expect(await sideScrollers(page)).toEqual([]);
}

/** The app's languages with their dictionaries, English first so a walk through both ends in Russian. */
export const bothLanguages = [
  ["en", en],
  ["ru", ru],
] as const;

/** Switches this tab to `locale` and reloads the page in it. */
export async function useLocale(page: Page, locale: "ru" | "en"): Promise<void> {
  // The page being left may still be saving its own language as the choice is made (seen once on a
  // busy machine: the phone walk's English pass drew in Russian), so the switch is checked and
  // made again until the page speaks the language.
  for (let attempt = 1; ; attempt++) {
    await page.evaluate((l) => localStorage.setItem("quartet.locale", l), locale);
    await page.reload();
    const switched = await page
      .waitForFunction((l) => document.documentElement.lang === l, locale, { timeout: 10_000 })
      .then(
        () => true,
        () => false,
      );
    if (switched) return;
    if (attempt === 3) throw new Error(`the page did not switch to ${locale} after ${attempt} tries`);
  }
}

/**
 * At a 390 px phone, in English and then in Russian, runs `check` on the reloaded page and then
 * fails if the page scrolls sideways: the phone walk every screen's browser test makes.
 */
export async function atPhoneInBothLanguages(
  page: Page,
  check: (locale: "en" | "ru", dict: typeof en | typeof ru) => Promise<void>,
): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const [locale, dict] of bothLanguages) {
    await useLocale(page, locale);
    await check(locale, dict);
    await expectNoSideScroll(page);
  }
}
