import type { Page } from "playwright-core";
import { expect } from "vitest";
import { en } from "../../src/i18n/en.ts";
import { ru } from "../../src/i18n/ru.ts";

/** Text with every kind of space (Russian number formats use narrow no-break ones) as a plain space. */
export const spaced = (text: string | null) => (text ?? "").replace(/\s/g, " ");

/** What no screen may show a person: internal ids, unfilled placeholders, raw values. */
const leaks =
  /\b(cli|usr|deal|dhs|ofr|ord|tsk|hnd)_[0-9A-Za-z]{6,}|\{[a-z]+\}|\bundefined\b|\bNaN\b|\bnull\b|\[object/;

/** The text a person sees on the page (hidden nodes left out). */
// biome-ignore lint/performance/useDomNodeTextContent: only the text a person sees counts, not hidden nodes
const visibleText = (page: Page) => page.locator("body").innerText();

/**
 * Fails when the page's visible text leaks ids, placeholders or raw values, or matches `codes`
 * (a plugin's own codes and slugs, e.g. `/farming\.[a-z]/`).
 */
export async function expectNoLeaks(page: Page, codes?: RegExp): Promise<void> {
  const text = await visibleText(page);
  expect(text.match(leaks)?.[0] ?? null).toBeNull();
  if (codes) expect(text.match(codes)?.[0] ?? null).toBeNull();
}

/** Latin words any Russian screen may show: the product's name and the key names of the hints (the top bar's search shows «Ctrl K»). */
const latinAlways = ["Quartet", "Enter", "Ctrl", "Esc"];

/** Fails when a Russian screen shows a Latin word of three letters or more beyond `allowed` (e.g. "VIP", "ABC"). */
export async function expectRussian(page: Page, allowed: readonly string[] = []): Promise<void> {
  const permitted = new Set([...latinAlways, ...allowed]);
  const latin = [...(await visibleText(page)).matchAll(/[A-Za-z]{3,}/g)]
    .map((m) => m[0])
    .filter((word) => !permitted.has(word));
  expect(latin).toEqual([]);
}

/**
 * Fails when the page itself scrolls sideways (a board or table may scroll inside itself), naming
 * the outermost elements that stick out.
 */
export async function expectNoSideScroll(page: Page): Promise<void> {
  const sticking = await page.evaluate(() => {
    if (document.documentElement.scrollWidth <= window.innerWidth) return [];
    const clipped = (el: HTMLElement) => {
      for (let up = el.parentElement; up; up = up.parentElement) {
        if (getComputedStyle(up).overflowX !== "visible")
          return up.getBoundingClientRect().right <= window.innerWidth;
      }
      return false;
    };
    const out = [...document.querySelectorAll<HTMLElement>("body *")].filter(
      (el) => el.getBoundingClientRect().right > window.innerWidth + 1 && !clipped(el),
    );
    const named = out
      .filter((el) => !out.includes(el.parentElement as HTMLElement))
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    return named.length > 0 ? named : ["html"];
  });
  expect(sticking).toEqual([]);
}

/** The app's languages with their dictionaries, English first so a walk through both ends in Russian. */
export const bothLanguages = [
  ["en", en],
  ["ru", ru],
] as const;

/** Switches this tab to `locale` and reloads the page in it. */
export async function useLocale(page: Page, locale: "ru" | "en"): Promise<void> {
  await page.evaluate((l) => localStorage.setItem("quartet.locale", l), locale);
  await page.reload();
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
