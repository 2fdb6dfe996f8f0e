import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { en } from "../src/i18n/en.ts";
import { ru } from "../src/i18n/ru.ts";
import { anna, signUpWithOrganisation } from "./support/accounts.ts";
import { launchBrowser, screenshot, type TestBrowser } from "./support/browser.ts";
import { atPhoneInBothLanguages, expectNoSideScroll } from "./support/screen-checks.ts";
import { startServer, type TestServer } from "./support/server.ts";
import { mutateFromPage } from "./support/trpc.ts";

let server: TestServer;
let browser: TestBrowser;
/** Whether this server build installs a VIP plugin: the VIP leg is then "not enabled", else "not installed". */
let vipInstalled = false;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  await signUpWithOrganisation(browser.page, server.url, anna, "ИП Петрова");
  await mutateFromPage(browser.page, "core.plugins.enable", { pluginId: "prospecting" });
  const healthz = (await (await fetch(`${server.url}/healthz`)).json()) as {
    plugins: { function: string }[];
  };
  vipInstalled = healthz.plugins.some((plugin) => plugin.function === "vip");
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const leg = (fn: string) => browser.page.locator(`.monitor-leg[data-function="${fn}"]`);
const missing = ["first-sale", "farming", "vip"] as const;

/** What every screen of the solo organisation must show, in the language `dict` is. */
async function expectSoloMonitor(dict: typeof ru | typeof en) {
  const { page } = browser;
  await expect.poll(() => leg("vip").getAttribute("data-state")).toBe("missing");
  expect(await leg("prospecting").getAttribute("data-state")).not.toBe("missing");
  const vip = vipInstalled
    ? ({ action: "enable-plugin", reason: "plugin-disabled" } as const)
    : ({ action: "install-plugin", reason: "plugin-not-installed" } as const);
  const actions = { "first-sale": "enable-plugin", farming: "enable-plugin", vip: vip.action } as const;
  const reasons = { "first-sale": "plugin-disabled", farming: "plugin-disabled", vip: vip.reason } as const;
  for (const fn of missing) {
    expect(await leg(fn).getAttribute("data-state")).toBe("missing");
    const reason = dict.monitor.reason[reasons[fn]];
    expect((await leg(fn).locator(".monitor-leg__missing p").textContent())?.toLowerCase()).toBe(reason);
    const links = leg(fn).locator(".monitor-leg__missing a");
    expect(await links.count()).toBe(1);
    expect(await links.textContent()).toBe(dict.monitor.action[actions[fn]]);
    expect(await links.getAttribute("href")).toBe("/functions");
  }
  expect(await page.locator(".monitor-verdict__text").textContent()).toContain(
    `${dict.functions["first-sale"]}: ${dict.monitor.reason["plugin-disabled"]}`,
  );
  expect(await page.locator('.monitor-reading[data-judged="bad"]').count()).toBe(0);
  expect(await page.locator('.monitor .q-status-pill[data-status="error"]').count()).toBe(0);
  expect(await leg("prospecting").getByText(dict.monitor.basis["no-target"]).count()).toBe(1);
  // The weekly snapshot is taken by the server's job within its first sweep: the charts or the note.
  await expect
    .poll(
      async () =>
        (await page.locator(".q-chart").count()) + (await page.getByText(dict.monitor.history.empty).count()),
    )
    .toBeGreaterThan(0);
}

describe("the four-legs monitor of a solo organisation with only prospecting", () => {
  it("shows the other three legs missing with the reason and one action, and no red (ru, desktop)", async () => {
    await browser.page.goto(`${server.url}/`);
    await expectSoloMonitor(ru);
    await screenshot(browser.page, "monitor-solo-ru");
  });

  it("says the same in English", async () => {
    const { page } = browser;
    await page.evaluate(() => localStorage.setItem("quartet.locale", "en"));
    await page.reload();
    await expectSoloMonitor(en);
    await screenshot(page, "monitor-solo-en");
  });

  it("fits a 390 px phone in both languages", async () => {
    const { page } = browser;
    await atPhoneInBothLanguages(page, async (locale, dict) => {
      await expectSoloMonitor(dict);
      await screenshot(page, `monitor-solo-${locale}-390`);
    });
  });
});

describe("the monitor once leads flow to first sale", () => {
  it("counts the leads not taken and the rejections, and lists the same clients", async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.evaluate(() => localStorage.setItem("quartet.locale", "ru"));
    await mutateFromPage(page, "core.plugins.enable", { pluginId: "first-sale" });
    const lead = async (name: string) => {
      const client = await mutateFromPage<{ id: string }>(page, "core.clients.create", {
        kind: "company",
        name,
      });
      return mutateFromPage<{ id: string }>(page, "core.handoffs.request", {
        clientId: client.id,
        fromFunction: "prospecting",
        toFunction: "first-sale",
        note: "Просит КП",
      });
    };
    await lead("ООО Ромашка");
    const refused = await lead("АО Василёк");
    await mutateFromPage(page, "core.handoffs.reject", { handoffId: refused.id, reason: "Не наш профиль" });

    await page.goto(`${server.url}/`);
    await expect.poll(() => leg("first-sale").getAttribute("data-state")).toBe("warn");
    const flows = await leg("first-sale").locator(".monitor-leg__flows li").allInnerTexts();
    expect(flows.map((t) => t.replace(/\s+/g, " "))).toEqual([
      "2 лида не взяты в сделки",
      "1 передача отклонена за 30 дней",
    ]);
    const list = (title: string) => page.locator(".monitor-flow__list").filter({ hasText: title });
    expect(await list(ru.monitor.flow.leadsNotTaken).locator("li a").allInnerTexts()).toEqual([
      "ООО Ромашка",
      "АО Василёк",
    ]);
    expect(await list(ru.monitor.flow.rejected30d).getByText("«Не наш профиль»").count()).toBe(1);
    expect(await page.locator('.monitor-reading[data-judged="bad"]').count()).toBe(0);
    await screenshot(page, "monitor-flow-ru");

    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate(() => localStorage.setItem("quartet.locale", "en"));
    await page.reload();
    await expect.poll(() => leg("first-sale").getAttribute("data-state")).toBe("warn");
    await expectNoSideScroll(page);
    await screenshot(page, "monitor-flow-en-390");
  });
});
