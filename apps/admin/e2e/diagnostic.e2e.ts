import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fakeConsultant } from "../../server/test/diagnostic/support.ts";
import { en } from "../src/i18n/en.ts";
import { ru } from "../src/i18n/ru.ts";
import { anna, inviteThroughApi, ivan, signUpWithOrganisation } from "./support/accounts.ts";
import { launchBrowser, screenshot, type TestBrowser } from "./support/browser.ts";
import {
  atPhoneInBothLanguages,
  expectNoLeaks,
  expectNoSideScroll,
  expectRussian,
  spaced,
} from "./support/screen-checks.ts";
import { startServer, type TestServer } from "./support/server.ts";
import { mutateFromPage } from "./support/trpc.ts";

let consultant: Awaited<ReturnType<typeof fakeConsultant>>;
let server: TestServer;
let owner: TestBrowser;
let head: TestBrowser;
let reportUrl = "";

const tier = (key: string, name: string, minMinor: number) => ({
  key,
  name: { ru: name, en: name },
  criteria: [{ kind: "revenue", windowMonths: 12, minMinor }],
});

beforeAll(async () => {
  consultant = await fakeConsultant();
  // The server reads it at start: reports go to this local receiver, never out of the machine.
  process.env.QUARTET_CONSULTANT_URL = consultant.url;
  server = await startServer();
  owner = await launchBrowser();
  head = await launchBrowser();
  await signUpWithOrganisation(owner.page, server.url, anna, "Ромашка");
  for (const pluginId of ["prospecting", "first-sale", "farming", "vip"])
    await mutateFromPage(owner.page, "core.plugins.enable", { pluginId });
  await mutateFromPage(owner.page, "prospecting.scripts.create", {
    name: "Холодный звонок",
    graph: {
      start: "hello",
      steps: [
        {
          id: "hello",
          kind: "question",
          text: "Вам интересна упаковка?",
          options: [{ value: "no", label: "Нет", outcome: "not-interested" }],
        },
      ],
    },
  });
  await mutateFromPage(owner.page, "vip.program.save", {
    tiers: [tier("silver", "Серебро", 100_000_000), tier("gold", "Золото", 500_000_000)],
  });
  // The head of sales joins by invitation and runs the diagnostic.
  const link = await inviteThroughApi(owner.page, ivan.email, "head-of-sales");
  const { page } = head;
  await page.goto(link.replace(/^https?:\/\/[^/]+/, server.url));
  await page.getByRole("link", { name: ru.auth.invite.signUp }).click();
  await page.getByLabel(ru.auth.name).fill(ivan.name);
  await page.getByLabel(ru.auth.password).fill(ivan.password);
  await page.getByRole("button", { name: ru.auth.signUp.submit }).click();
  await page.waitForURL(/\/invite\?token=/);
  await page.getByRole("button", { name: ru.auth.invite.accept }).click();
  await page.waitForURL(`${server.url}/`);
});

afterAll(async () => {
  delete process.env.QUARTET_CONSULTANT_URL;
  await head?.close();
  await owner?.close();
  await server?.stop();
  await consultant?.close();
});

const question = (page: Page, id: string) => page.locator(`.diag-question[data-question="${id}"]`);
const source = (page: Page, id: string) => question(page, id).getByTestId("prefilled");

/** Picks an answer by its words. */
async function answer(page: Page, id: string, label: string) {
  await question(page, id).getByText(label, { exact: true }).click();
}

describe("the self-diagnostic of a head of sales", () => {
  it("opens pre-filled from the organisation's data, marked with where each answer came from (ru)", async () => {
    const { page } = head;
    await page.getByRole("link", { name: ru.diagnostic.nav }).click();
    await page.waitForURL(`${server.url}/diagnostic`);
    await expect
      .poll(() => source(page, "vip.criteria").textContent())
      .toBe("По данным Quartet: 2 уровня VIP");
    expect(await source(page, "prospecting.scripts").textContent()).toBe(
      "По данным Quartet: 1 скрипт звонка",
    );
    expect(await source(page, "farming.performer").textContent()).toBe(
      `По данным Quartet: ${ru.diagnostic.source["performer-owner"]}`,
    );
    expect(await source(page, "first-sale.won-when").textContent()).toBe(
      `По данным Quartet: ${ru.diagnostic.source["won-money"]}`,
    );
    const checked = (id: string) => question(page, id).locator("input:checked").count();
    expect(await checked("vip.criteria")).toBe(1);
    expect(await checked("vip.terms")).toBe(0);
    expect(spaced(await page.getByTestId("diagnostic-progress").textContent())).toContain(
      "Отвечено 10 из 17",
    );
    await expectNoLeaks(page);
    await expectRussian(page, ["VIP", "KPI"]);
    await screenshot(page, "diagnostic-questionnaire-ru");
  });

  it("answers the rest and sees the report with its recommendations", async () => {
    const { page } = head;
    const q = ru.diagnostic.questions;
    await answer(page, "prospecting.lead-definition", q.prospecting["lead-definition"].options.interest);
    for (const fn of ["prospecting", "first-sale", "farming", "vip"] as const)
      await answer(page, `${fn}.measure`, q[fn].measure.options.nothing);
    await answer(page, "vip.terms", q.vip.terms.options.yes);
    await answer(page, "department.client-base", q.department["client-base"].options.scattered);
    // The data said the handoff is automatic; the head of sales knows better.
    await answer(page, "farming.handoff", q.farming.handoff.options.informal);
    await expect.poll(() => page.getByRole("button", { name: ru.diagnostic.build }).isEnabled()).toBe(true);
    await page.getByRole("button", { name: ru.diagnostic.build }).click();
    await page.waitForURL(/\/diagnostic\/diag_/);
    reportUrl = page.url();
    const recs = page.getByTestId("recommendations").locator(".diag-rec");
    await expect.poll(() => recs.count()).toBeGreaterThan(0);
    const codes = await recs.evaluateAll((items) => items.map((i) => i.getAttribute("data-code")));
    expect(codes).toContain("assign-specialist");
    expect(codes).toContain("set-targets");
    expect(codes).toContain("handoff-rule");
    expect(codes).toContain("separate-hunters-farmers");
    expect(codes).toContain("one-client-base");
    expect(codes).not.toContain("write-scripts");
    expect(codes).not.toContain("define-vip-criteria");
    const handoff = recs.and(page.locator('[data-code="handoff-rule"]'));
    expect(await handoff.locator(".diag-rec__title").textContent()).toBe(
      ru.diagnostic.recommendation["handoff-rule"].title,
    );
    expect(await handoff.locator("a").getAttribute("href")).toBe("/functions");
    expect(await page.locator('.diag-score[data-weakest="true"]').count()).toBe(1);
    expect(await page.getByText(/^Самая слабая нога: /).count()).toBe(1);
    await expectNoLeaks(page);
    await expectRussian(page, ["VIP", "PDF", "KPI"]);
    await screenshot(page, "diagnostic-report-ru");
  });

  it("prints on A4 without the app around it and without buttons", async () => {
    const { page } = head;
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".top-bar").isVisible()).toBe(false);
    expect(await page.locator(".shell__aside").isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: ru.diagnostic.report.print }).isVisible()).toBe(false);
    expect(await page.getByTestId("recommendations").isVisible()).toBe(true);
    await screenshot(page, "diagnostic-report-print-ru");
    // "Save as PDF" honours the stylesheet's page: A4 (595 × 842 pt), several pages.
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString("latin1");
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
    expect(boxes.length).toBeGreaterThan(1);
    for (const [, width, height] of boxes) {
      expect(Math.abs(Number(width) - 595.3)).toBeLessThan(2);
      expect(Math.abs(Number(height) - 841.9)).toBeLessThan(2);
    }
    await page.emulateMedia({ media: "screen" });
  });

  it("sends the report to the consultant with a consultation request", async () => {
    const { page } = head;
    await page.getByRole("button", { name: ru.diagnostic.send.open }).click();
    const dialog = page.getByRole("dialog");
    expect(await dialog.getByLabel(ru.diagnostic.send.name).inputValue()).toBe(ivan.name);
    await dialog.getByLabel(ru.diagnostic.send.phone).fill("12");
    await dialog.getByRole("button", { name: ru.diagnostic.send.submit }).click();
    await expect.poll(() => dialog.getByText(ru.diagnostic.send.fields.phoneInvalid).count()).toBe(1);
    await dialog.getByLabel(ru.diagnostic.send.phone).fill("+7 912 345-67-89");
    await dialog.getByLabel(ru.diagnostic.send.comment).fill("Позвоните после обеда");
    await screenshot(page, "diagnostic-send-ru", { fullPage: false });
    await dialog.getByRole("button", { name: ru.diagnostic.send.submit }).click();
    await expect.poll(() => consultant.received.length).toBe(1);
    expect(consultant.received[0]?.body).toMatchObject({
      requester: { name: ivan.name, phone: "+79123456789", comment: "Позвоните после обеда", locale: "ru" },
      organisation: { name: "Ромашка" },
    });
    await expect
      .poll(() => page.locator(".q-page-header p").textContent())
      .toContain("Отправлен консультанту");
  });

  it("reads the same in English, and the list shows the sent report", async () => {
    const { page } = head;
    await page.evaluate(() => localStorage.setItem("quartet.locale", "en"));
    await page.reload();
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toBe(en.diagnostic.report.title);
    const weakest = await page.locator(".q-callout").first().textContent();
    expect(weakest).toContain("The weakest leg: ");
    await expectNoLeaks(page);
    await screenshot(page, "diagnostic-report-en");
    await page.getByRole("link", { name: en.diagnostic.report.back }).click();
    await page.waitForURL(`${server.url}/diagnostic`);
    await expect
      .poll(() => source(page, "vip.criteria").textContent())
      .toBe("From Quartet's data: 2 VIP tiers");
    const rows = page.locator("table tbody tr");
    expect(await rows.count()).toBe(1);
    expect(await rows.first().locator("td").nth(2).textContent()).not.toBe(en.diagnostic.list.notSent);
    await expectNoLeaks(page);
    await screenshot(page, "diagnostic-questionnaire-en");
  });

  it("fits a 390 px phone in both languages", async () => {
    const { page } = head;
    await atPhoneInBothLanguages(page, async (locale, dict) => {
      await page.goto(`${server.url}/diagnostic`);
      await expect.poll(() => question(page, "vip.terms").count()).toBe(1);
      await expectNoSideScroll(page);
      await screenshot(page, `diagnostic-questionnaire-${locale}-390`);
      await page.goto(reportUrl);
      await expect
        .poll(() => page.getByRole("heading", { level: 1 }).textContent())
        .toBe(dict.diagnostic.report.title);
      await expectNoSideScroll(page);
      await screenshot(page, `diagnostic-report-${locale}-390`);
    });
    await page.emulateMedia({ media: "print" });
    await screenshot(page, "diagnostic-report-print-ru-390");
    await page.emulateMedia({ media: "screen" });
  });
});
