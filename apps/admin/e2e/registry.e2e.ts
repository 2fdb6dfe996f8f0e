import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { en } from "../src/i18n/en.ts";
import { ru } from "../src/i18n/ru.ts";
import { screenshot } from "./support/browser.ts";
import { type RegistryServer, startRegistryServer } from "./support/registry-server.ts";
import { atPhoneInBothLanguages, expectNoLeaks, latinWordsIn, useLocale } from "./support/screen-checks.ts";
import { fill } from "./support/text.ts";

const token = "e2eRegistryToken";
let fake: RegistryServer["fake"];
let server: RegistryServer["server"];
let browser: RegistryServer["browser"];
let registry: RegistryServer | undefined;

beforeAll(async () => {
  ({ fake, server, browser } = registry = await startRegistryServer(token));
});
afterAll(() => registry?.stop());

const dialog = () => browser.page.getByRole("dialog");
const field = (label: string) => dialog().getByLabel(label, { exact: true });

/** Opens the new-client form on the client list in the dictionary's language. */
async function openNewClient(dict: typeof en | typeof ru) {
  await browser.page.goto(`${server.url}/clients`);
  await browser.page.getByRole("button", { name: dict.clients.create }).click();
  await expect.poll(() => dialog().count()).toBe(1);
}

describe("company lookup by INN on the client form", () => {
  it("without a registry key, typing an INN asks nobody and the form works as before", async () => {
    await openNewClient(ru);
    await field(ru.clients.name).fill("ООО Ромашка");
    await field(ru.clients.inn).fill("500100732259");
    await field(ru.clients.form.phones).fill("+7 495 123-45-67");
    expect(await dialog().getByText(ru.registry.party.found).count()).toBe(0);
    expect(await field(ru.clients.form.kpp).inputValue()).toBe("");
    await dialog().getByRole("button", { name: ru.common.create }).click();
    await expect.poll(() => dialog().count()).toBe(0);
    expect(fake.requests).toHaveLength(0);
  });

  it("an administrator sets the key in «Сервис реквизитов»; it is never shown back", async () => {
    const { page } = browser;
    await page.goto(`${server.url}/settings`);
    await expect.poll(() => page.getByText(ru.registry.settings.notConfigured).count()).toBe(1);
    await page.getByLabel(ru.registry.settings.token).fill(token);
    await page.getByRole("button", { name: ru.registry.settings.save }).click();
    await expect.poll(() => page.getByText(ru.registry.settings.configured).count()).toBe(1);
    expect(await page.getByLabel(ru.registry.settings.token).inputValue()).toBe("");
    expect(await page.content()).not.toContain(token);
    const card = page.locator(".q-card", { hasText: ru.registry.settings.title });
    expect(latinWordsIn(await card.innerText(), ["DaData", "API"])).toEqual([]);
    await screenshot(page, "registry-settings-ru");
  });

  it("typing a valid INN fills the empty fields, keeps what the user typed, and «Заполнить» replaces it on request", async () => {
    await openNewClient(ru);
    await field(ru.clients.name).fill("Сбер");
    await field(ru.clients.inn).fill("7707083894");
    expect(await dialog().getByText(ru.registry.party.looking).count()).toBe(0);
    await field(ru.clients.inn).fill("7707083893");
    await expect.poll(() => field(ru.clients.form.kpp).inputValue()).toBe("773601001");
    expect(await field(ru.clients.form.ogrn).inputValue()).toBe("1027700132195");
    expect(await field(ru.clients.form.legalName).inputValue()).toBe(
      'ПУБЛИЧНОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО "СБЕРБАНК РОССИИ"',
    );
    expect(await field(ru.clients.form.address).inputValue()).toContain("ул Вавилова, д 19");
    expect(await field(ru.clients.name).inputValue()).toBe("Сбер");
    const replaces = fill(ru.registry.party.replaces, { fields: ru.clients.name });
    await expect.poll(() => dialog().getByText(replaces).count()).toBe(1);
    expect(await dialog().getByText("Греф Герман Оскарович", { exact: false }).count()).toBe(1);
    expect(fake.requests.at(-1)?.authorization).toBe(`Token ${token}`);
    await expectNoLeaks(browser.page);
    await screenshot(browser.page, "registry-client-form-ru", { fullPage: false });
    await dialog()
      .getByRole("button", { name: fill(ru.registry.party.fillNamed, { name: "ПАО СБЕРБАНК" }) })
      .click();
    await expect.poll(() => field(ru.clients.name).inputValue()).toBe("ПАО СБЕРБАНК");
    await dialog().getByRole("button", { name: ru.common.create }).click();
    await expect.poll(() => dialog().count()).toBe(0);
  });

  it("an INN in the organisation's requisites fills names, codes, address and the director; a BIK fills the bank", async () => {
    const { page } = browser;
    await page.goto(`${server.url}/settings/requisites`);
    const input = (label: string) => page.getByLabel(label, { exact: true });
    await input(ru.requisites.fields.inn).fill("7707083893");
    await expect
      .poll(() => input(ru.requisites.fields.directorName).inputValue())
      .toBe("Греф Герман Оскарович");
    expect(await input(ru.requisites.fields.directorTitle).inputValue()).toBe(
      "Президент, председатель правления",
    );
    expect(await input(ru.requisites.fields.shortName).inputValue()).toBe("ПАО СБЕРБАНК");
    expect(await input(ru.requisites.fields.kpp).inputValue()).toBe("773601001");
    await page.getByRole("button", { name: ru.requisites.bank.add }).click();
    const row = page.getByTestId("bank-account-0");
    await row.getByLabel(ru.requisites.bank.bik, { exact: true }).fill("044525225");
    await expect
      .poll(() => row.getByLabel(ru.requisites.bank.bankName, { exact: true }).inputValue())
      .toBe("ПАО СБЕРБАНК");
    expect(await row.getByLabel(ru.requisites.bank.correspondentAccount, { exact: true }).inputValue()).toBe(
      "30101810400000000225",
    );
    await row.getByLabel(ru.requisites.bank.bankName, { exact: true }).fill("Сбер");
    await row.getByRole("button", { name: ru.registry.bank.fill }).click();
    await expect
      .poll(() => row.getByLabel(ru.requisites.bank.bankName, { exact: true }).inputValue())
      .toBe("ПАО СБЕРБАНК");
    await row.getByLabel(ru.requisites.bank.bik, { exact: true }).fill("044525999");
    await expect.poll(() => row.getByText(ru.registry.bank.notFound).count()).toBe(1);
    await screenshot(page, "registry-requisites-ru");
  });

  it("reads at a phone and in English, with the registry's Russian data as it is", async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 1280, height: 900 });
    await useLocale(page, "en");
    await openNewClient(en);
    await field(en.clients.inn).fill("7707083893");
    await expect.poll(() => field(en.clients.form.kpp).inputValue()).toBe("773601001");
    await expect.poll(() => dialog().getByText(en.registry.party.director, { exact: false }).count()).toBe(1);
    await screenshot(page, "registry-client-form-en", { fullPage: false });
    await atPhoneInBothLanguages(page, async (locale, dict) => {
      await openNewClient(dict);
      await field(dict.clients.inn).fill("7707083893");
      await expect.poll(() => field(dict.clients.form.ogrn).inputValue()).toBe("1027700132195");
      await dialog().getByText(dict.registry.party.director, { exact: false }).scrollIntoViewIfNeeded();
      await screenshot(page, `registry-client-form-${locale}-phone`, { fullPage: false });
    });
  });
});
