import type { Page } from "playwright-core";
import { expect } from "vitest";

/** Text with every kind of space (Russian number formats use narrow no-break ones) as a plain space. */
export const spaced = (text: string | null) => (text ?? "").replace(/\s/g, " ");

/** What a screen must never show a person: internal ids, codes, unfilled placeholders, raw values. */
const leaks =
  /\b(cli|usr|deal|dhs|ofr|ord|tsk)_[0-9A-Za-z]{6,}|farming\.[a-z]|\{[a-z]+\}|\bundefined\b|\bNaN\b|\bnull\b|\[object/;

/** Fails when the page's visible text leaks ids, codes or placeholders. */
export async function expectNoLeaks(page: Page): Promise<void> {
  // biome-ignore lint/performance/useDomNodeTextContent: only the text a person sees counts, not hidden nodes
  const text = await page.locator("body").innerText();
  expect(text.match(leaks)?.[0] ?? null).toBeNull();
}

/** Latin words a Russian screen may show: the product's name, class names, the key names of the hints. */
const latinAllowed = new Set(["Quartet", "ABC", "XYZ", "NRR", "Enter", "LED", "ABB"]);

/** Fails when a Russian screen shows an English word (anything Latin beyond the few allowed). */
export async function expectRussian(page: Page): Promise<void> {
  // biome-ignore lint/performance/useDomNodeTextContent: only the text a person sees counts, not hidden nodes
  const text = await page.locator("body").innerText();
  const latin = [...text.matchAll(/[A-Za-z]{3,}/g)]
    .map((m) => m[0])
    .filter((word) => !latinAllowed.has(word));
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
    return out
      .filter((el) => !out.includes(el.parentElement as HTMLElement))
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
  });
  expect(sticking).toEqual([]);
}

/** The farming screens by path, with a selector that says each has loaded. */
export const farmingScreens = [
  { name: "day", path: "/farming", ready: ".fm-day__row" },
  { name: "portfolio", path: "/farming/portfolio", ready: ".q-table tbody tr" },
  { name: "whitespace", path: "/farming/whitespace", ready: ".fm-offers-card .fm-offers" },
  { name: "board", path: "/farming/deals", ready: ".fm-card" },
  { name: "stats", path: "/farming/stats", ready: ".q-chart canvas" },
  { name: "rules", path: "/farming/rules", ready: ".fm-rows__row" },
] as const;
