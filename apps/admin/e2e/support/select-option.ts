import type { Locator, Page } from "playwright-core";

/** Picks an option of a ui `Select` by its field's label inside `scope`, as a person clicks it. */
export async function chooseOption(page: Page, scope: Locator, label: string, option: string): Promise<void> {
  const field = scope
    .locator(".q-field")
    .filter({ has: page.locator(".q-field__label", { hasText: label }) });
  await field.locator(".q-select__trigger").first().click();
  await page.locator(".q-select__item", { hasText: option }).first().click();
}
