import type { Page } from "playwright-core";
import { expectNoLeaks as noLeaks, expectRussian as russian } from "./screen-checks.ts";

export { expectNoSideScroll, spaced } from "./screen-checks.ts";

/** Fails when a farming screen leaks ids, placeholders or farming's own codes. */
export const expectNoLeaks = (page: Page) => noLeaks(page, /farming\.[a-z]/);

/** Fails when a Russian farming screen shows English beyond class names and brands in the samples. */
export const expectRussian = (page: Page) => russian(page, ["ABC", "XYZ", "NRR", "LED", "ABB"]);

/** The farming screens by path, with a selector that says each has loaded. */
export const farmingScreens = [
  { name: "day", path: "/farming", ready: ".fm-day__row" },
  { name: "portfolio", path: "/farming/portfolio", ready: ".q-table tbody tr" },
  { name: "whitespace", path: "/farming/whitespace", ready: ".fm-offers-card .fm-offers" },
  { name: "board", path: "/farming/deals", ready: ".fm-card" },
  { name: "stats", path: "/farming/stats", ready: ".q-chart canvas" },
  { name: "rules", path: "/farming/rules", ready: ".fm-rows__row" },
] as const;
