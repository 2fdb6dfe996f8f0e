import type { Page } from "playwright-core";
import { latinWordsIn, leakIn, sideScrollers, visibleText } from "../screen-checks.ts";
import type { Findings, Spot } from "./findings.ts";

/** The line of `text` around `needle`, shortened, to show where a finding sits. */
function around(text: string, needle: string): string {
  const line = text.split("\n").find((l) => l.includes(needle)) ?? needle;
  const at = line.indexOf(needle);
  return line.slice(Math.max(0, at - 40), at + needle.length + 40).trim();
}

/** Visible buttons and links the viewport cuts through (not inside something that scrolls sideways itself). */
function cutOff(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrollsInside = (el: Element) => {
      for (let up = el.parentElement; up; up = up.parentElement) {
        const overflow = getComputedStyle(up).overflowX;
        if (overflow === "auto" || overflow === "scroll") return true;
      }
      return false;
    };
    return [...document.querySelectorAll<HTMLElement>("button, a[href], [role=button]")]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0 || !el.checkVisibility({ visibilityProperty: true }))
          return false;
        const straddles = (box.left < width - 1 && box.right > width + 1) || (box.left < -1 && box.right > 1);
        return straddles && !scrollsInside(el);
      })
      .map(
        (el) =>
          `${el.tagName.toLowerCase()} «${(el.textContent || el.getAttribute("aria-label") || "").trim().slice(0, 40)}»`,
      );
  });
}

/** Hotkey hints a phone shows although it has no keyboard: `kbd` keys and the UI kit's `.q-hotkey-hint`. */
function visibleHints(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("kbd, .q-hotkey-hint")]
      .filter((el) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
      .filter((el) => !el.parentElement?.closest("kbd, .q-hotkey-hint"))
      .map((el) => `«${(el.textContent ?? "").trim().slice(0, 60)}»`),
  );
}

/**
 * Looks at the page as it stands and adds what is wrong to `findings`: leaked ids, slugs, JSON or raw
 * values anywhere; English words on a Russian screen (`allowed` besides the usual); and on a phone,
 * sideways scroll, buttons or links cut off by the viewport, and visible hotkey hints.
 */
export async function inspect(page: Page, spot: Spot, findings: Findings, allowed: readonly string[] = []) {
  const text = await visibleText(page);
  const leak = leakIn(text);
  if (leak) findings.add(spot, `shows «${leak}» in «${around(text, leak)}»`);
  if (spot.locale === "ru") {
    const words = [...new Set(latinWordsIn(text, allowed))];
    for (const word of words.slice(0, 12)) findings.add(spot, `English «${word}» in «${around(text, word)}»`);
    if (words.length > 12) findings.add(spot, `… and ${words.length - 12} more English words`);
  }
  if (spot.width !== "phone") return;
  const wide = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  const sticking = await sideScrollers(page);
  if (sticking.length > 0)
    findings.add(spot, `page is ${wide[0]} px wide at ${wide[1]}: ${sticking.join(", ")}`);
  for (const element of await cutOff(page)) findings.add(spot, `cut off by the screen edge: ${element}`);
  for (const hint of await visibleHints(page)) findings.add(spot, `hotkey hint on a touch screen: ${hint}`);
}

/**
 * Waits until the page has drawn: a heading is in place and no spinner turns. Answers false when it
 * has not within `timeoutMs` (the walk reports it and looks at the page anyway).
 */
export async function settle(page: Page, timeoutMs = 15_000): Promise<boolean> {
  try {
    await page.waitForFunction(
      () =>
        document.querySelector("h1, [role=dialog] h2") !== null &&
        ![...document.querySelectorAll(".q-spinner")].some((spinner) => spinner.checkVisibility()),
      undefined,
      { timeout: timeoutMs, polling: 200 },
    );
    return true;
  } catch {
    return false;
  }
}

/**
 * Opens `url` and waits for it to draw; a page that has not drawn (a busy server's «Сервер не отвечает»)
 * is reloaded once. Answers whether it drew.
 */
export async function openPage(page: Page, url: string): Promise<boolean> {
  await page.goto(url);
  if (await settle(page)) return true;
  await page.reload();
  return settle(page);
}
