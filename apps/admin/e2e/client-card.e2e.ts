import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { en } from "../src/i18n/en.ts";
import { ru } from "../src/i18n/ru.ts";
import { anna, signUpWithOrganisation } from "./support/accounts.ts";
import { launchBrowser, screenshot, type TestBrowser } from "./support/browser.ts";
import { enablePlugin } from "./support/enable-plugin.ts";
import { orgDay } from "./support/org-dates.ts";
import { expectNoLeaks, expectNoSideScroll, expectRussian } from "./support/screen-checks.ts";
import { startServer, type TestServer } from "./support/server.ts";
import { fill } from "./support/text.ts";
import { mutateFromPage } from "./support/trpc.ts";

let server: TestServer;
let browser: TestBrowser;
let clientUrl = "";

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  await signUpWithOrganisation(browser.page, server.url, anna, "Ромашка");
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const page = () => browser.page;
const composer = () => page().locator(".composer");
const feed = () => page().getByRole("list", { name: ru.clientPage.timeline });
const dialog = () => page().getByRole("dialog");
const c = ru.clientPage.composer;

/** Picks an option of a ui Select by its label, inside `scope`. */
async function choose(scope: ReturnType<typeof composer>, label: string, option: string) {
  const field = scope
    .locator(".q-field")
    .filter({ has: page().locator(".q-field__label", { hasText: label }) });
  await field.locator(".q-select__trigger").first().click();
  await page().locator(".q-select__item", { hasText: option }).first().click();
}

/** Turns on the composer's "follow-up task" switch by its label, as a person clicks it. */
async function toggleFollowUp(label: string) {
  await composer().getByText(label, { exact: true }).click();
  await expect.poll(() => composer().getByRole("switch", { name: label }).isChecked()).toBe(true);
}

/** A date `days` from the organisation's today, as a date input takes it. */
const dateIn = orgDay;

describe("a client card, as a salesperson works it", () => {
  it("starts with first sale on and a client with a phone, a Cyrillic email and site", async () => {
    const { page } = browser;
    await enablePlugin(page, server.url, "Первая продажа");
    const client = await mutateFromPage<{ id: string }>(page, "core.clients.create", {
      name: "Альфа-Трейд",
      inn: "7707083893",
      phones: ["8 (495) 500-55-50"],
      emails: ["info@сайт.рф"],
      website: "https://сайт.рф",
    });
    clientUrl = `${server.url}/clients/${client.id}`;
  });

  it("shows the key facts on top: stage, tier, INN, the phone as people write it and Cyrillic domains in Unicode", async () => {
    await page().goto(clientUrl);
    await expect.poll(() => page().locator("h1").textContent()).toBe("Альфа-Трейд");
    const phone = page().getByRole("link", { name: "+7 (495) 500-55-50" });
    expect(await phone.getAttribute("href")).toBe("tel:+74955005550");
    expect(await page().getByRole("link", { name: "info@сайт.рф" }).getAttribute("href")).toBe(
      "mailto:info@xn--80aswg.xn--p1ai",
    );
    expect(await page().getByRole("link", { name: "сайт.рф", exact: true }).count()).toBe(1);
    // The INN shows in the key facts and again on the requisites card.
    expect(await page().getByText("7707083893").count()).toBeGreaterThan(0);
    expect(await page().getByText(ru.clientPage.facts.tier.standard).count()).toBe(1);
    expect(await page().getByText("xn--").count()).toBe(0);
  });

  it("logs a call with a note and a follow-up task in one submit, after naming a missing date", async () => {
    await page().getByRole("tab", { name: c.tabs.call }).click();
    await choose(composer(), c.result, c.results.reached);
    await composer().getByLabel(c.duration).fill("7");
    await composer().getByLabel(c.callBody).fill("Обсудили поставку сыра, просят КП");
    await toggleFollowUp(c.followUp);
    await composer().getByLabel(c.taskTitle).fill("Отправить КП");
    await composer().getByRole("button", { name: c.submit.call }).click();
    await expect.poll(() => composer().getByText(c.dueNeeded).count()).toBe(1);
    expect(await page().locator(".feed__entry").count()).toBe(0);
    await composer().getByLabel(c.dueDate).fill(dateIn(1));
    await composer().getByLabel(c.dueTime).fill("11:00");
    await composer().getByRole("button", { name: c.submit.call }).click();
    await expect.poll(() => feed().getByText("Обсудили поставку сыра, просят КП").count()).toBe(1);
    const summary = fill(ru.clientPage.feed.call, {
      result: c.results.reached,
      duration: fill(ru.clientPage.feed.minutes, { n: 7 }),
    });
    expect(await feed().getByText(summary).count()).toBe(1);
    const tasks = page().getByRole("list", { name: ru.tasks.title });
    await expect.poll(() => tasks.getByText("Отправить КП").count()).toBe(1);
    expect(await composer().getByLabel(c.callBody).inputValue()).toBe("");
    await screenshot(page(), "client-card-call-ru");
  });

  it("pins a note to the top of the feed and unpins it", async () => {
    await page().getByRole("tab", { name: c.tabs.note }).click();
    await composer().getByLabel(c.noteBody).fill("Директор на связи только по вторникам");
    await composer().getByRole("button", { name: c.submit.note }).click();
    const note = feed().locator(".feed__entry").filter({ hasText: "по вторникам" });
    await expect.poll(() => note.count()).toBe(1);
    await note.getByRole("button", { name: ru.clientPage.feed.pin }).click();
    const pinned = page().getByRole("region", { name: ru.clientPage.feed.pinned });
    await expect.poll(() => pinned.getByText("по вторникам").count()).toBe(1);
    expect(await feed().getByText("по вторникам").count()).toBe(0);
    await screenshot(page(), "client-card-pinned-ru");
    await pinned.getByRole("button", { name: ru.clientPage.feed.unpin }).click();
    await expect.poll(() => feed().getByText("по вторникам").count()).toBe(1);
  });

  it("filters the feed by type and by function", async () => {
    const filters = page().locator(".feed__filters");
    const shown = () =>
      Promise.all([feed().getByText("просят КП").count(), feed().getByText("по вторникам").count()]);
    await choose(filters, ru.clientPage.feed.filterType, ru.clientPage.feed.typeFilters.notes);
    await expect.poll(shown).toEqual([0, 1]);
    await choose(filters, ru.clientPage.feed.filterType, ru.clientPage.feed.allTypes);
    await expect.poll(shown).toEqual([1, 1]);
    await choose(filters, ru.clientPage.filterFunction, ru.functions["first-sale"]);
    await expect.poll(() => page().getByText(ru.clientPage.noEntries).count()).toBe(1);
    await choose(filters, ru.clientPage.filterFunction, ru.clientPage.allFunctions);
    await expect.poll(shown).toEqual([1, 1]);
  });

  it("creates a deal for the client without leaving the card", async () => {
    await page().getByRole("button", { name: "Создать сделку" }).click();
    await expect.poll(() => dialog().count()).toBe(1);
    await dialog().getByLabel("Название (необязательно, иначе — имя клиента)").fill("Поставка сыра");
    await dialog().getByLabel("Оценка, ₽").fill("150 000");
    await screenshot(page(), "client-card-deal-dialog-ru", { fullPage: false });
    await dialog().getByRole("button", { name: "Создать сделку" }).click();
    await expect.poll(() => dialog().count(), { timeout: 30_000 }).toBe(0);
    expect(page().url()).toBe(clientUrl);
    const side = page().getByRole("complementary", { name: ru.clientPage.side });
    await expect.poll(() => side.getByRole("link", { name: "Поставка сыра" }).count()).toBe(1);
    await screenshot(page(), "client-card-ru");
    await expectRussian(page(), ["VIP", "info"]);
    await expectNoLeaks(page());
    await page().setViewportSize({ width: 1680, height: 1000 });
    try {
      await expect.poll(() => side.boundingBox().then((box) => Math.round(box?.y ?? 0))).toBeLessThan(200);
      await screenshot(page(), "client-card-wide-ru");
    } finally {
      await page().setViewportSize({ width: 1280, height: 860 });
    }
  });

  it("offers other functions' actions once they are on: a call list and an expansion deal", async () => {
    await enablePlugin(page(), server.url, "Лидогенерация");
    await enablePlugin(page(), server.url, "Развитие клиентов");
    await mutateFromPage(page(), "prospecting.lists.create", { name: "Холодная база" });
    await page().goto(clientUrl);
    await page().getByRole("button", { name: "Добавить в список обзвона" }).click();
    await expect
      .poll(() => dialog().locator(".q-select__trigger", { hasText: "Холодная база" }).count())
      .toBe(1);
    await dialog().getByRole("button", { name: "Добавить", exact: true }).click();
    await expect.poll(() => dialog().count(), { timeout: 30_000 }).toBe(0);
    await page().getByRole("button", { name: "Добавить в список обзвона" }).click();
    await dialog().getByRole("button", { name: "Добавить", exact: true }).click();
    await expect.poll(() => dialog().getByText("Уже в списке «Холодная база»").count()).toBe(1);
    await page().keyboard.press("Escape");
    await page().getByRole("button", { name: "Создать сделку расширения" }).click();
    await dialog().getByLabel("Название сделки").fill("Сыр для новой точки");
    await dialog().getByRole("button", { name: "Создать", exact: true }).click();
    await expect.poll(() => dialog().count(), { timeout: 30_000 }).toBe(0);
    expect(page().url()).toBe(clientUrl);
    await screenshot(page(), "client-card-actions-ru", { fullPage: false });
  });

  it("reads the same card in English", async () => {
    await page()
      .getByRole("button", { name: fill(ru.userMenu.label, { name: anna.name }) })
      .click();
    await page().getByRole("menuitemradio", { name: en.language.en }).click();
    await expect
      .poll(() => page().getByRole("tab", { name: en.clientPage.composer.tabs.call }).count())
      .toBe(1);
    await page().getByRole("tab", { name: en.clientPage.composer.tabs.call }).click();
    await toggleFollowUp(en.clientPage.composer.followUp);
    expect(await composer().getByLabel(en.clientPage.composer.dueTime, { exact: true }).count()).toBe(1);
    expect(await page().getByRole("button", { name: "Create a deal", exact: true }).count()).toBe(1);
    const summary = fill(en.clientPage.feed.call, {
      result: en.clientPage.composer.results.reached,
      duration: fill(en.clientPage.feed.minutes, { n: 7 }),
    });
    expect(await page().getByText(summary).count()).toBe(1);
    await screenshot(page(), "client-card-en");
    await page()
      .getByRole("button", { name: fill(en.userMenu.label, { name: anna.name }) })
      .click();
    await page().getByRole("menuitemradio", { name: ru.language.ru }).click();
    await expect
      .poll(() => page().getByRole("tab", { name: c.tabs.call }).count(), { timeout: 30_000 })
      .toBe(1);
  });

  it("fits a phone: one column, the composer right after the facts, no sideways scroll", async () => {
    await page().setViewportSize({ width: 390, height: 844 });
    try {
      await page().reload();
      await expect.poll(() => page().getByRole("tab", { name: c.tabs.note }).isVisible()).toBe(true);
      await expectNoSideScroll(page());
      const [facts, feedBox] = await Promise.all([
        page().locator(".client-facts").boundingBox(),
        page().locator(".client-page__feed").boundingBox(),
      ]);
      expect((feedBox?.y ?? 0) > (facts?.y ?? 0) + (facts?.height ?? 0) - 1).toBe(true);
      await page().getByRole("tab", { name: c.tabs.call }).click();
      await toggleFollowUp(c.followUp);
      await expectNoSideScroll(page());
      await screenshot(page(), "client-card-mobile-ru");
      await page().getByRole("tab", { name: c.tabs.note }).click();
      await composer().getByLabel(c.noteBody).fill("Записано с телефона");
      await composer().getByRole("button", { name: c.submit.note }).click();
      await expect.poll(() => feed().getByText("Записано с телефона").count()).toBe(1);
    } finally {
      await page().setViewportSize({ width: 1280, height: 860 });
    }
  });
});
