import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { en } from "../src/i18n/en.ts";
import { ru } from "../src/i18n/ru.ts";
import {
  anna,
  inviteThroughApi,
  ivan,
  signUpThroughApi,
  signUpWithOrganisation,
} from "./support/accounts.ts";
import { launchBrowser, screenshot, type TestBrowser } from "./support/browser.ts";
import { roundTheClockCampaign } from "./support/call-campaign.ts";
import { enablePlugin } from "./support/enable-plugin.ts";
import { orgDay } from "./support/org-dates.ts";
import {
  atPhoneInBothLanguages,
  expectNoSideScroll,
  expectRussian,
  useLocale,
} from "./support/screen-checks.ts";
import { startServer, type TestServer } from "./support/server.ts";
import { mutateFromPage } from "./support/trpc.ts";

let server: TestServer;
let owner: TestBrowser;
let caller: TestBrowser;
let romashka: string;
let listId: string;

const hour = 3_600_000;
const note = "Просила прайс на коробки, перезвонить после планёрки";
/** Business dates in Moscow (the organisation's zone), `n` days from today. */
const moscowDate = orgDay;
/** Monday 1 … Sunday 7 of today in Moscow. */
const moscowWeekday = () => {
  const day = new Date(`${moscowDate()}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
};

beforeAll(async () => {
  server = await startServer();
  owner = await launchBrowser();
  caller = await launchBrowser();
});

/** Prospecting on, four clients (Ромашка with its contact person) on a campaign, Иван a member with four tasks. */
async function seed() {
  await signUpWithOrganisation(owner.page, server.url, anna, "Ромашка");
  await enablePlugin(owner.page, server.url, "Лидогенерация");
  const api = <T>(path: string, input: unknown) => mutateFromPage<T>(owner.page, path, input);
  const client = (name: string, phone: string, contacts: unknown[] = []) =>
    api<{ id: string }>("core.clients.create", { name, phones: [phone], region: "Москва", contacts });
  romashka = (
    await client("ООО «Ромашка»", "+74955005550", [
      { name: "Ирина Петрова", position: "Закупщик", phones: ["+79161234567"], isPrimary: true },
    ])
  ).id;
  const others = [
    (await client("ООО «Лютик»", "+74955005551")).id,
    (await client("ООО «Василёк»", "+74955005552")).id,
    (await client("ООО «Клевер»", "+74955005553")).id,
  ];
  listId = (await roundTheClockCampaign(owner.page, [romashka, ...others])).listId;
  const link = await inviteThroughApi(owner.page, ivan.email, "member");
  await signUpThroughApi(caller.page, server.url, ivan);
  await caller.page.goto(link.replace(/^https?:\/\/[^/]+/, server.url));
  await caller.page.getByRole("button", { name: ru.auth.invite.accept }).click();
  // The member's tab keeps the organisation it joined; their own writes name it, as the app does.
  await expect.poll(() => caller.page.evaluate(() => sessionStorage.getItem("quartet.org"))).toBeTruthy();
  const task = (title: string, due: Record<string, unknown>) =>
    caller.page.evaluate(
      async (input) => {
        const response = await fetch("/trpc/core.tasks.create", {
          method: "POST",
          headers: {
            "content-type": "application/json",
            "x-quartet-org": sessionStorage.getItem("quartet.org") ?? "",
          },
          body: JSON.stringify({ json: input }),
        });
        if (response.status !== 200) throw new Error(`core.tasks.create answered ${response.status}`);
      },
      { title, ...due },
    );
  await task("Отправить договор", { dueAt: Date.now() - 2 * hour });
  await task("Подготовить КП", { dueDate: moscowDate(0) });
  await task("Сверить остатки", { dueDate: moscowDate(1) });
  await task("Собрать отзывы", { dueDate: moscowDate(2) });
}

afterAll(async () => {
  await owner?.close();
  await caller?.close();
  await server?.stop();
});

const section = (page: Page, key: string) => page.locator(`ul.agenda-list[data-section=${key}]`);
const dialog = (page: Page) => page.getByRole("dialog");
/** Presses "5" once the held record is back on the screen (after a reload), opening the callback chooser. */
async function askWhen(page: Page) {
  await expect.poll(() => page.locator(".pr-keys button").first().isEnabled()).toBe(true);
  await page.keyboard.press("5");
  await expect.poll(() => dialog(page).count()).toBe(1);
}

/** Takes records on the call screen until Ромашка's is held (giving the other back as "no answer"). */
async function holdRomashka(page: Page) {
  const card = page.locator("section.q-card", { hasText: "Прошлые попытки" });
  await page.locator(".pr-filters").waitFor(); // the campaigns are loaded: N has one to take from
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press("n");
    await expect.poll(() => card.count()).toBe(1);
    if ((await card.textContent())?.includes("Ромашка")) return card;
    await page.keyboard.press("1");
    await expect.poll(() => card.count()).toBe(0);
  }
  throw new Error("Ромашка never came up");
}

describe("my work and the call screen's callback", () => {
  it("a caller sees the contact person, writes a note and books a callback for tomorrow morning", async () => {
    await seed();
    const { page } = caller;
    await page.goto(`${server.url}/calls`);
    const card = await holdRomashka(page);
    expect(await card.textContent()).toContain("+7 (495) 500-55-50");
    expect(await card.textContent()).toContain("Ирина Петрова");
    expect(await card.textContent()).toContain("Закупщик");
    expect(await card.getByRole("link", { name: "+7 (916) 123-45-67" }).getAttribute("href")).toBe(
      "tel:+79161234567",
    );
    await card.getByLabel("Заметки о звонке").fill(note);
    await page.locator("body").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("5");
    await expect.poll(() => dialog(page).count()).toBe(1);
    expect(await dialog(page).textContent()).toContain("Когда перезвонить?");
    await screenshot(page, "call-callback-chooser-ru", { fullPage: false });
    await expectRussian(page);
    await dialog(page)
      .getByRole("button", { name: /Через час/ })
      .waitFor();
    await dialog(page)
      .getByRole("button", { name: /Завтра утром/ })
      .click();
    await expect.poll(() => page.locator(".q-toast", { hasText: "Сохранено: Перезвонить" }).count()).toBe(1);
    expect(await dialog(page).count()).toBe(0);
  });

  it("the note is on the client's timeline", async () => {
    const { page } = owner;
    await page.goto(`${server.url}/clients/${romashka}`);
    await expect.poll(() => page.getByText(note, { exact: false }).count()).toBeGreaterThan(0);
  });

  it("My work lists tasks and the callback in their sections, and the week view by day", async () => {
    const { page } = caller;
    await page.goto(`${server.url}/my-work`);
    await expect.poll(() => section(page, "tomorrow").count()).toBe(1);
    const titles = (key: string) => section(page, key).locator(".agenda-row__what").allInnerTexts();
    expect((await titles("overdue")).join(" | ")).toContain("Отправить договор");
    expect((await titles("today")).join(" | ")).toContain("Подготовить КП");
    const tomorrow = (await titles("tomorrow")).join(" | ");
    expect(tomorrow).toContain("Сверить остатки");
    expect(tomorrow).toContain("Перезвонить · Весна");
    expect(tomorrow).toContain("ООО «Ромашка»");
    const callback = section(page, "tomorrow").locator(".agenda-row[data-kind=callback]");
    expect(await callback.locator(".agenda-row__when").textContent()).toBe("10:00");
    expect(await callback.getByRole("link", { name: "Позвонить" }).getAttribute("href")).toMatch(
      /^\/calls\?campaign=/,
    );
    // Two days on: later this week, unless the week ends first.
    const inTwoDays = moscowWeekday() <= 5 ? "week" : "later";
    expect((await titles(inTwoDays)).join(" | ")).toContain("Собрать отзывы");
    const count = await page
      .locator("section.q-card", { has: section(page, "tomorrow") })
      .locator(".q-badge")
      .textContent();
    expect(count).toBe("2");
    await expectRussian(page);
    await expectNoSideScroll(page);
    await screenshot(page, "my-work-list-ru");

    await page.getByRole("tab", { name: "Неделя" }).click();
    if (moscowWeekday() === 7) await page.getByRole("button", { name: "Следующая неделя" }).click();
    const day = page.locator(`.week-day[data-date="${moscowDate(1)}"]`);
    await expect.poll(() => day.locator(".agenda-row").count()).toBe(2);
    expect(await day.textContent()).toContain("Перезвонить · Весна");
    await expectRussian(page);
    await screenshot(page, "my-work-week-ru");

    await useLocale(page, "en");
    await expect.poll(() => section(page, "tomorrow").count()).toBe(1);
    expect((await titles("tomorrow")).join(" | ")).toContain(`${en.myWork.kind.callback} · Весна`);
    await screenshot(page, "my-work-list-en");
    await page.getByRole("tab", { name: en.myWork.weekView }).click();
    await expect.poll(() => page.locator(".week-day").count()).toBe(7);
    await screenshot(page, "my-work-week-en");

    await atPhoneInBothLanguages(page, async (locale, dict) => {
      await expect.poll(() => section(page, "tomorrow").count()).toBe(1);
      await screenshot(page, `my-work-list-phone-${locale}`);
      await page.getByRole("tab", { name: dict.myWork.weekView }).click();
      await expect.poll(() => page.locator(".week-day").count()).toBe(7);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await screenshot(page, `my-work-week-phone-${locale}`);
    });
    await page.setViewportSize({ width: 1280, height: 860 });
  });

  it("the callback chooser in English and on a phone, and no key hints on a touch screen", async () => {
    const { page } = caller;
    await page.goto(`${server.url}/calls`);
    // The records given back as "no answer" while looking for Ромашка wait for their retry: a fresh one is due now.
    const api = <T>(path: string, input: unknown) => mutateFromPage<T>(owner.page, path, input);
    const fresh = await api<{ id: string }>("core.clients.create", {
      name: "ООО «Одуванчик»",
      phones: ["+74955005554"],
    });
    await api("prospecting.lists.addClients", { listId, clientIds: [fresh.id] });
    const card = page.locator("section.q-card", { hasText: "Прошлые попытки" });
    // The button, not the N key: a key pressed before the screen's handlers are attached is lost on a busy machine.
    await page.getByRole("button", { name: /Следующая запись/ }).click();
    await expect.poll(() => card.count()).toBe(1);
    await page.getByRole("button", { name: /Перезвонить/ }).click();
    await expect.poll(() => dialog(page).count()).toBe(1);
    await dialog(page).getByRole("button", { name: "Перезвонить в это время" }).click();
    await expect.poll(() => dialog(page).getByText("Выберите время, которое ещё не прошло").count()).toBe(1);
    await atPhoneInBothLanguages(page, async (locale) => {
      await askWhen(page);
      await screenshot(page, `call-callback-chooser-phone-${locale}`, { fullPage: false });
      await page.keyboard.press("Escape");
      await expect.poll(() => dialog(page).count()).toBe(0);
    });
    await page.setViewportSize({ width: 1280, height: 860 });
    await useLocale(page, "en");
    await askWhen(page);
    expect(await dialog(page).textContent()).toContain("Tomorrow morning");
    await screenshot(page, "call-callback-chooser-en", { fullPage: false });
    await page.keyboard.press("Escape");
    await useLocale(page, "ru");

    const phone = await launchBrowser({ touch: true, width: 390, height: 844 });
    try {
      await phone.context.addCookies(await caller.context.cookies());
      await phone.page.goto(`${server.url}/calls`);
      await expect.poll(() => phone.page.locator(".pr-keys button").count()).toBe(7);
      expect(await phone.page.locator(".pr-kbd").first().isVisible()).toBe(false);
      expect(await phone.page.locator(".pr-keys-hint").isVisible()).toBe(false);
      expect(await page.locator(".pr-kbd").first().isVisible()).toBe(true);
    } finally {
      await phone.close();
    }
  });
});
