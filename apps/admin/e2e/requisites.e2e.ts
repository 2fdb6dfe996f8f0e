import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { en } from "../src/i18n/en.ts";
import { ru } from "../src/i18n/ru.ts";
import { anna, signUpWithOrganisation } from "./support/accounts.ts";
import { launchBrowser, screenshot, type TestBrowser } from "./support/browser.ts";
import { atPhoneInBothLanguages, expectNoLeaks, expectRussian, useLocale } from "./support/screen-checks.ts";
import { startServer, type TestServer } from "./support/server.ts";
import { mutateFromPage, queryFromPage } from "./support/trpc.ts";

let server: TestServer;
let browser: TestBrowser;
let clientId: string;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  await signUpWithOrganisation(browser.page, server.url, anna, "Ромашка");
  clientId = (
    await mutateFromPage<{ id: string }>(browser.page, "core.clients.create", {
      kind: "company",
      name: "ООО Полюс",
    })
  ).id;
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Types into the field named `name` (its input's `name` attribute), inside `scope`. */
async function type(name: string, value: string, scope = "form.requisites-form") {
  await browser.page.locator(`${scope} [name="${name}"]`).fill(value);
}

const fieldError = (name: string) =>
  browser.page
    .locator(".q-field")
    .filter({ has: browser.page.locator(`[name="${name}"]`) })
    .locator(".q-field__error");

describe("requisites", () => {
  it("fills the organisation's card, refuses an account failing its BIK under the field, then saves", async () => {
    const { page } = browser;
    await page.goto(`${server.url}/settings/requisites`);
    await useLocale(page, "ru");
    await expect
      .poll(() => page.getByRole("heading", { level: 1, name: ru.requisites.title }).count())
      .toBe(1);
    await type("fullName", "Общество с ограниченной ответственностью «Ромашка»");
    await type("shortName", "ООО «Ромашка»");
    await type("inn", "7707083893");
    await type("kpp", "773601001");
    await type("ogrn", "1027700132195");
    await type("legalAddress", "117997, Москва, ул. Вавилова, 19");
    await type("directorName", "Иванов Иван Иванович");
    await type("paymentDays", "5");
    await page.getByRole("button", { name: ru.requisites.bank.add }).click();
    await type("bankAccounts.0.bik", "044525225");
    await type("bankAccounts.0.bankName", "ПАО Сбербанк");
    await type("bankAccounts.0.account", "40702810400000000006");
    await type("bankAccounts.0.correspondentAccount", "30101810400000000225");
    await page.getByRole("button", { name: ru.common.save }).click();
    await expect.poll(() => fieldError("bankAccounts.0.account").count()).toBe(1);
    expect(await fieldError("bankAccounts.0.account").textContent()).toContain("контрольный ключ");
    await expectNoLeaks(page);
    await expectRussian(page, ["PNG", "JPEG"]);
    await screenshot(page, "requisites-account-error-ru");

    await type("bankAccounts.0.account", "40702810400000000005");
    await page.getByRole("button", { name: ru.common.save }).click();
    await expect.poll(() => page.getByText(ru.common.saved).count()).toBeGreaterThan(0);
    const saved = await queryFromPage<{ bankAccounts: { account: string; isDefault: boolean }[] }>(
      page,
      "core.requisites.org.get",
    );
    expect(saved.bankAccounts).toMatchObject([{ account: "40702810400000000005", isDefault: true }]);
    await screenshot(page, "requisites-ru");
    await useLocale(page, "en");
    await expect
      .poll(() => page.getByRole("heading", { level: 1, name: en.requisites.title }).count())
      .toBe(1);
    await screenshot(page, "requisites-en");
  });

  it("uploads a logo with a preview and refuses a file that is not a PNG or JPEG", async () => {
    const { page } = browser;
    await useLocale(page, "ru");
    const png = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAGElEQVR4nGP4z8BAEmIY1TCqYVTDUNIAAJcb/wFIlRGhAAAAAElFTkSuQmCC",
      "base64",
    );
    const logo = page.getByTestId("image-logo");
    await logo
      .locator('input[type="file"]')
      .setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: png });
    await expect.poll(() => logo.locator("img").count()).toBe(1);
    const stamp = page.getByTestId("image-stamp");
    await stamp
      .locator('input[type="file"]')
      .setInputFiles({ name: "stamp.png", mimeType: "image/png", buffer: Buffer.from("GIF89a not a png") });
    await expect.poll(() => stamp.textContent()).toContain("PNG или JPEG");
    expect(await stamp.locator("img").count()).toBe(0);
  });

  it("edits a client's requisites in a dialog on its card, with the same field error", async () => {
    const { page } = browser;
    await page.goto(`${server.url}/clients/${clientId}`);
    await page.getByRole("button", { name: ru.requisites.client.edit }).click();
    const dialog = "[role=dialog] form.requisites-form";
    await page.locator(dialog).getByRole("button", { name: ru.requisites.bank.add }).click();
    await type("inn", "7736207543", dialog);
    await type("bankAccounts.0.bik", "044525974", dialog);
    await type("bankAccounts.0.account", "40802810700000000003", dialog);
    await page.locator(dialog).getByRole("button", { name: ru.common.save }).click();
    await expect.poll(() => fieldError("bankAccounts.0.account").count()).toBe(1);
    await screenshot(page, "requisites-client-error-ru", { fullPage: false });
    await type("bankAccounts.0.account", "40802810700000000002", dialog);
    await page.locator(dialog).getByRole("button", { name: ru.common.save }).click();
    await expect.poll(() => page.getByRole("dialog").count()).toBe(0);
    await expect.poll(() => page.locator(".client-requisites").textContent()).toContain("7736207543");
    await screenshot(page, "requisites-client-ru");
  });

  it("fits a phone in both languages", async () => {
    const { page } = browser;
    await page.goto(`${server.url}/settings/requisites`);
    await atPhoneInBothLanguages(page, async (locale, dict) => {
      await expect
        .poll(() => page.getByRole("heading", { level: 1, name: dict.requisites.title }).count())
        .toBe(1);
      await expect.poll(() => page.locator('[name="bankAccounts.0.account"]').count()).toBe(1);
      await screenshot(page, `requisites-phone-${locale}`);
    });
  });
});
