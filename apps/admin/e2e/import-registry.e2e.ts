import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validInn } from "../../server/test/fixtures/import-files.ts";
import { en } from "../src/i18n/en.ts";
import { ru } from "../src/i18n/ru.ts";
import { screenshot } from "./support/browser.ts";
import { type RegistryServer, startRegistryServer } from "./support/registry-server.ts";
import { atPhoneInBothLanguages, expectNoLeaks, expectRussian, useLocale } from "./support/screen-checks.ts";
import { fill } from "./support/text.ts";
import { mutateFromPage, queryFromPage } from "./support/trpc.ts";

const token = "e2eImportRegistryToken";
let fake: RegistryServer["fake"];
let server: RegistryServer["server"];
let browser: RegistryServer["browser"];
let registry: RegistryServer | undefined;

beforeAll(async () => {
  ({ fake, server, browser } = registry = await startRegistryServer(token));
});
afterAll(() => registry?.stop());

type Dict = typeof en | typeof ru;
const header = "Название;Полное наименование;ИНН;КПП;Телефон";
const partyAsks = () => fake.requests.filter((r) => r.path.endsWith("/party")).length;

/** Opens the wizard and uploads `lines` under `head`; resolves when the mapping shows its column `shown`. */
async function upload(dict: Dict, lines: string[], head = header, shown = "Полное наименование") {
  const { page } = browser;
  await page.goto(`${server.url}/clients/import`);
  await page.getByLabel(dict.importWizard.file).setInputFiles({
    name: "clients.csv",
    mimeType: "text/csv",
    buffer: Buffer.from([head, ...lines].join("\n"), "utf8"),
  });
  await expect.poll(() => page.locator(".q-table").getByText(shown, { exact: true }).count()).toBe(1);
}

/** Ticks «fill from the registry» (and «create anyway» when asked), checks the file, starts, waits for the end. */
async function importWithRegistry(
  dict: Dict,
  counts: { created: number; filled: number; unfilled: number },
  anyway = false,
) {
  const { page } = browser;
  if (anyway) await page.getByText(dict.importWizard.create, { exact: true }).click();
  await page
    .locator(".q-checkbox", { hasText: dict.importWizard.fillFromRegistry })
    .locator(".q-checkbox__control")
    .click();
  expect(await page.getByRole("checkbox", { name: dict.importWizard.fillFromRegistry }).isChecked()).toBe(
    true,
  );
  await page.getByRole("button", { name: dict.importWizard.dryRun }).click();
  // Created, duplicates, refused and rows with warnings: the real import warns of the rows the check
  // warned of, and of each row the registry could not fill (the check asks no registry).
  const checked = page.getByRole("definition");
  await expect.poll(() => checked.count()).toBe(4);
  const warned = Number((await checked.allTextContents())[3]) + counts.unfilled;
  await page.getByRole("button", { name: dict.importWizard.start }).click();
  const done = fill(dict.importWizard.done, {
    created: counts.created,
    duplicate: anyway ? counts.created : 0,
    invalid: 0,
    warned,
  });
  await expect.poll(() => page.getByText(done).count()).toBe(1);
  const filled = fill(dict.importWizard.registryDone, { filled: counts.filled, unfilled: counts.unfilled });
  await expect.poll(() => page.getByText(filled).count()).toBe(1);
}

describe("import filling requisites from the company registry", () => {
  it("without a registry key the wizard offers no registry option", async () => {
    await upload(ru, ["Сбер;;7707083893;;"]);
    expect(await browser.page.getByText(ru.importWizard.fillFromRegistry).count()).toBe(0);
    expect(await browser.page.getByRole("checkbox").count()).toBe(0);
  });

  it("with a key, fills the blanks of each row's requisites by INN and reports the rows it could not", async () => {
    const { page } = browser;
    await mutateFromPage(page, "core.registry.setToken", { token });
    await upload(ru, [
      "Сбер;Сбербанк (из файла);7707083893;;+7 495 500-55-50",
      "ИП Иванов;;500100732259;;",
      `Неизвестная;;${validInn(77)};;`,
    ]);
    const option = page.getByRole("checkbox", { name: ru.importWizard.fillFromRegistry });
    expect(await option.isChecked()).toBe(false);
    await expectRussian(page);
    await screenshot(page, "import-registry-option-ru");
    const asked = partyAsks();
    await importWithRegistry(ru, { created: 3, filled: 2, unfilled: 1 });
    expect(partyAsks() - asked).toBe(3);
    expect(await page.getByRole("link", { name: ru.importWizard.errorReport }).count()).toBe(1);
    await expectRussian(page);
    await expectNoLeaks(page);
    await screenshot(page, "import-registry-done-ru");

    const list = await queryFromPage<{ items: { id: string; name: string }[] }>(page, "core.clients.list", {
      search: "Сбер",
    });
    const sber = list.items.find((c) => c.name === "Сбер");
    const requisites = await queryFromPage<Record<string, unknown>>(page, "core.requisites.client.get", {
      clientId: sber?.id,
    });
    expect(requisites).toMatchObject({
      fullName: "Сбербанк (из файла)",
      kpp: "773601001",
      ogrn: "1027700132195",
      shortName: "ПАО СБЕРБАНК",
      directorName: "Греф Герман Оскарович",
      directorTitle: "Президент, председатель правления",
    });
    await page.goto(`${server.url}/clients/${sber?.id}`);
    const card = page.locator(".client-requisites");
    await expect.poll(() => card.getByText(/773601001/).count()).toBeGreaterThan(0);
    expect(await card.getByText("Сбербанк (из файла)").count()).toBe(1);
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, "import-registry-client-ru", { fullPage: false });
  });

  it("offers the option in English, and at a 390 px phone in both languages", async () => {
    const { page } = browser;
    await useLocale(page, "en");
    await upload(en, ["Sber again;;7707083893;;"]);
    await importWithRegistry(en, { created: 1, filled: 1, unfilled: 0 }, true);
    await screenshot(page, "import-registry-done-en");
    await atPhoneInBothLanguages(page, async (locale, dict) => {
      await upload(dict, [`Мобильная ${locale === "ru" ? 1 : 2};;500100732259;;`]);
      await expect
        .poll(() => page.getByRole("checkbox", { name: dict.importWizard.fillFromRegistry }).count())
        .toBe(1);
      await screenshot(page, `import-registry-option-phone-${locale}`);
      await importWithRegistry(dict, { created: 1, filled: 1, unfilled: 0 }, true);
      if (locale === "ru") await expectRussian(page);
      await screenshot(page, `import-registry-done-phone-${locale}`);
    });
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});

describe("import: rows matching a client, placeholders and refusals, each marked by kind", () => {
  const partsHeader = "Компания;ИНН;Телефон;Почта;Фамилия;Имя;Отчество";
  const rows = (n: number) => [
    `Сбер дубль ${n};7707083893;не указан;нет;Петров;Иван;Сергеевич`,
    `Новая ${n};;12;;;;`,
    `Битая ${n};7707083894;;;;;`,
  ];
  /** Uploads the file, checks the name parts were suggested, picks `choice` and runs the check. */
  async function check(dict: Dict, n: number, choice: string) {
    const { page } = browser;
    await upload(dict, rows(n), partsHeader, "Отчество");
    const parts: [string, string][] = [
      ["Фамилия", dict.importWizard.fields.contactLastName],
      ["Имя", dict.importWizard.fields.contactFirstName],
      ["Отчество", dict.importWizard.fields.contactMiddleName],
    ];
    for (const [column, field] of parts) {
      const row = page.locator(".q-table tr").filter({ has: page.getByText(column, { exact: true }) });
      expect(await row.getByText(field, { exact: true }).count()).toBeGreaterThan(0);
    }
    await page.getByText(choice, { exact: true }).click();
    await page.getByRole("button", { name: dict.importWizard.dryRun }).click();
    await expect.poll(() => page.locator(".import-errors li").count()).toBeGreaterThan(0);
  }

  it("adds the duplicate's contact to the existing client and words every problem by kind", async () => {
    const { page } = browser;
    await useLocale(page, "ru");
    await check(ru, 1, ru.importWizard.attach);
    const items = page.locator(".import-errors li");
    const duplicate = items.and(page.locator("[data-kind=duplicate]"));
    expect(await duplicate.textContent()).toContain(
      "совпадает с клиентом «Сбер»: контакт из строки добавлен к нему",
    );
    expect(await duplicate.textContent()).not.toMatch(/cli_/);
    const warnings = await items.and(page.locator("[data-kind=warning]")).allTextContents();
    expect(warnings.join("\n")).toContain("Предупреждение");
    expect(warnings.join("\n")).toContain("это заглушка, а не значение");
    expect(await items.and(page.locator("[data-kind=refused]")).textContent()).toContain(
      "Контрольная сумма ИНН не сходится",
    );
    await expectRussian(page);
    await expectNoLeaks(page);
    await screenshot(page, "import-kinds-dry-run-ru");
    // The real import counts rows with warnings as its dry run did (the placeholders above).
    const warned = Number((await page.getByRole("definition").allTextContents())[3]);
    expect(warned).toBeGreaterThan(0);
    await page.getByRole("button", { name: ru.importWizard.start }).click();
    const done = fill(ru.importWizard.done, { created: 1, duplicate: 1, invalid: 1, warned });
    await expect.poll(() => page.getByText(done).count()).toBe(1);
    const list = await queryFromPage<{ items: { id: string; name: string }[] }>(page, "core.clients.list", {
      search: "Сбер",
    });
    const sber = list.items.find((c) => c.name === "Сбер");
    await page.goto(`${server.url}/clients/${sber?.id}`);
    await expect.poll(() => page.getByText("Петров Иван Сергеевич").count()).toBeGreaterThan(0);
  });

  it("offers the four choices in English and at a 390 px phone in both languages", async () => {
    const { page } = browser;
    await useLocale(page, "en");
    await check(en, 2, en.importWizard.update);
    expect(await page.locator(".import-errors [data-kind=duplicate]").textContent()).toContain(
      "its empty fields are filled from the row",
    );
    await screenshot(page, "import-kinds-dry-run-en");
    await atPhoneInBothLanguages(page, async (locale, dict) => {
      await check(dict, locale === "ru" ? 3 : 4, dict.importWizard.update);
      if (locale === "ru") await expectRussian(page);
      await screenshot(page, `import-kinds-dry-run-phone-${locale}`);
    });
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
