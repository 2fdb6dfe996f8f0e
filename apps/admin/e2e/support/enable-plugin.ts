import type { Page } from "playwright-core";
import { expect } from "vitest";
import { ru } from "../../src/i18n/ru.ts";

/** Enables a plugin from the functions page, by the Russian name on its card. */
export async function enablePlugin(page: Page, baseUrl: string, name: string): Promise<void> {
  await page.goto(`${baseUrl}/functions`);
  const card = page
    .locator("article.plugin-card")
    .filter({ has: page.getByRole("heading", { level: 3, name, exact: true }) });
  await card.getByRole("button", { name: ru.plugins.actions.enable }).click();
  await page.getByRole("dialog").getByRole("button", { name: ru.plugins.actions.enable }).click();
  await expect.poll(() => card.getByRole("button", { name: ru.plugins.actions.disable }).count()).toBe(1);
}
