import type { Page } from "playwright-core";
import type { en } from "../../../src/i18n/en.ts";
import type { ru } from "../../../src/i18n/ru.ts";

type Dict = typeof en | typeof ru;

/**
 * What a page's main actions open: a dialog (or a panel) the walk looks at like a page. `count` says
 * how many there are on the page; `open` opens the one at `index`.
 */
export type DialogWalk = {
  name: string;
  from: string;
  count: (page: Page, dict: Dict) => Promise<number>;
  open: (page: Page, dict: Dict, index: number) => Promise<void>;
};

const quickAddMenu = (page: Page, dict: Dict) =>
  page.getByRole("button", { name: dict.quickAdd.open, exact: true }).click();

/**
 * New client, every entry of the top bar's «+» (client, deal, lead, task), each plugin's settings, the
 * first audit records' changes, a request in the inbox.
 */
export const dialogWalks: DialogWalk[] = [
  {
    name: "new-client",
    from: "/clients",
    count: async () => 1,
    open: (page, dict) => page.getByRole("button", { name: dict.clients.create, exact: true }).click(),
  },
  {
    name: "quick-add",
    from: "/",
    count: async (page, dict) => {
      await quickAddMenu(page, dict);
      const items = await page.getByRole("menuitem").count();
      await page.keyboard.press("Escape");
      return items;
    },
    open: async (page, dict, index) => {
      await quickAddMenu(page, dict);
      await page.getByRole("menuitem").nth(index).click();
    },
  },
  {
    name: "plugin-settings",
    from: "/functions",
    count: (page, dict) =>
      page.getByRole("button", { name: dict.plugins.actions.settings, exact: true }).count(),
    open: (page, dict, index) =>
      page.getByRole("button", { name: dict.plugins.actions.settings, exact: true }).nth(index).click(),
  },
  {
    name: "audit-details",
    from: "/settings",
    count: (page) =>
      page
        .locator(".audit-entry__toggle")
        .count()
        .then((n) => Math.min(n, 3)),
    open: (page, _dict, index) => page.locator(".audit-entry__toggle").nth(index).click(),
  },
  {
    name: "request",
    from: "/leads",
    count: async () => 1,
    open: (page) => page.locator(".pr-split tbody tr").first().click(),
  },
];
