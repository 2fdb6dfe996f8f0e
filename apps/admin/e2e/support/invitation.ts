import type { Page } from "playwright-core";
import { ru } from "../../src/i18n/ru.ts";
import type { Account } from "./accounts.ts";

/**
 * Opens an invitation link (from `inviteThroughApi`) in `page` of a fresh browser, signs
 * `account` up from it and accepts it, in Russian; resolves once the app has left the invitation.
 */
export async function joinByInvitation(page: Page, baseUrl: string, link: string, account: Account) {
  await page.goto(link.replace(/^https?:\/\/[^/]+/, baseUrl));
  await page.getByRole("link", { name: ru.auth.invite.signUp }).click();
  await page.getByLabel(ru.auth.name).fill(account.name);
  await page.getByLabel(ru.auth.password).fill(account.password);
  await page.getByRole("button", { name: ru.auth.signUp.submit }).click();
  await page.waitForURL(/\/invite\?token=/);
  await page.getByRole("button", { name: ru.auth.invite.accept }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/invite"));
}
