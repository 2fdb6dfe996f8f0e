import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { en } from "../src/i18n/en.ts";
import { ru } from "../src/i18n/ru.ts";
import { anna } from "./support/accounts.ts";
import { launchBrowser, screenshot, type TestBrowser } from "./support/browser.ts";
import { startServer, type TestServer } from "./support/server.ts";
import { fill } from "./support/text.ts";

let server: TestServer;
let browser: TestBrowser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const h1 = () => browser.page.getByRole("heading", { level: 1 });
const legend = (fn: string) => browser.page.locator(`.legs__item[data-function="${fn}"]`);

describe("a founder's first day", () => {
  it("signs up and sets up a solo organisation", async () => {
    const { page } = browser;
    await page.goto(`${server.url}/`);
    await page.waitForURL(/\/sign-in$/);
    await expect.poll(() => h1().textContent()).toBe(ru.auth.signIn.title);
    await screenshot(page, "sign-in-ru");

    await page.getByRole("link", { name: ru.auth.signIn.signUp }).click();
    await page.getByLabel(ru.auth.name).fill(anna.name);
    await page.getByLabel(ru.auth.email).fill(anna.email);
    await page.getByLabel(ru.auth.password).fill(anna.password);
    await screenshot(page, "sign-up-ru");
    await page.getByRole("button", { name: ru.auth.signUp.submit }).click();

    await page.waitForURL(/\/onboarding$/);
    await expect.poll(() => h1().textContent()).toBe(ru.onboarding.title);
    expect(await page.getByRole("combobox", { name: ru.onboarding.basics.timeZone }).inputValue()).toContain(
      "Europe/Moscow",
    );
    await page.getByRole("button", { name: ru.common.next }).click();
    await expect.poll(() => page.getByText(ru.errors.fields.nameOrg).count()).toBe(1);
    await page.getByLabel(ru.onboarding.basics.name).fill("Ромашка");
    await screenshot(page, "onboarding-basics-ru");
    await page.getByRole("button", { name: ru.common.next }).click();

    await page.getByText(ru.stages.solo.title).click();
    expect(await page.getByRole("checkbox", { name: ru.functions.vip }).isChecked()).toBe(true);
    await screenshot(page, "onboarding-stage-ru");
    await page.getByRole("button", { name: ru.onboarding.create }).click();

    await expect
      .poll(() => page.getByText(fill(ru.onboarding.people.created, { name: "Ромашка" })).count())
      .toBe(1);
    await expect.poll(() => page.getByText(ru.onboarding.people.solo).count()).toBe(1);
    // Each chosen function says what became of its plugins (enabled, failed, or none installed yet).
    for (const fn of ["prospecting", "first-sale", "farming", "vip"]) {
      await expect
        .poll(() => page.locator(`.outcomes__item[data-function="${fn}"]`).count())
        .toBeGreaterThan(0);
    }
    await screenshot(page, "onboarding-done-ru");
    await page.getByRole("button", { name: ru.onboarding.people.finish }).click();

    await page.waitForURL(`${server.url}/`);
    await expect.poll(() => h1().textContent()).toBe(ru.status.title);
    // A leg stands on the health page when its plugin is on: VIP's only where this build installs one.
    const healthz = (await (await fetch(`${server.url}/healthz`)).json()) as {
      plugins: { function: string }[];
    };
    const standing = healthz.plugins.some((plugin) => plugin.function === "vip")
      ? ru.legs.all
      : ru.legs.covered.few.replace("{count}", "3");
    await expect.poll(() => page.getByText(standing).count()).toBe(1);
    await screenshot(page, "health-ru");
  });

  it("sees the four legs covered on the team page, then one missing after unassigning it", async () => {
    const { page } = browser;
    await page.getByRole("link", { name: ru.nav.team }).click();
    await expect.poll(() => h1().textContent()).toBe(ru.team.title);
    await expect.poll(() => page.locator('.legs__item[data-status="covered"]').count()).toBe(4);
    for (const fn of ["prospecting", "first-sale", "farming", "vip"]) {
      expect(await legend(fn).textContent()).toContain(anna.name);
    }
    await screenshot(page, "team-ru");

    const unassign = fill(ru.staffing.unassign, { name: anna.name, function: ru.functions.vip });
    await page.getByRole("button", { name: unassign }).click();
    await expect.poll(() => legend("vip").getAttribute("data-status")).toBe("missing");
    expect(await legend("vip").textContent()).toContain(ru.legs.nobody);
    expect(await page.locator('.stool__leg[data-function="vip"]').getAttribute("data-status")).toBe(
      "missing",
    );
    await expect.poll(() => page.getByText(ru.legs.covered.few.replace("{count}", "3")).count()).toBe(1);
    await screenshot(page, "team-missing-leg-ru");
  });

  it("invites a colleague and sees the link", async () => {
    const { page } = browser;
    await page.getByRole("tab", { name: ru.team.tabs.members }).click();
    await page.getByLabel(ru.invitations.email).fill("ivan@example.ru");
    await page.getByRole("button", { name: ru.invitations.submit }).click();
    const link = page.getByRole("textbox", { name: ru.invitations.link });
    await expect.poll(() => link.inputValue()).toContain("/invite?token=");
    await expect.poll(() => page.getByRole("cell", { name: "ivan@example.ru", exact: true }).count()).toBe(1);
    await screenshot(page, "team-members-ru");
  });

  it("opens the functions page and the settings with the audit log", async () => {
    const { page } = browser;
    await page.getByRole("link", { name: ru.nav.functions }).click();
    await expect.poll(() => h1().textContent()).toBe(ru.plugins.title);
    await expect.poll(() => page.getByRole("heading", { level: 2, name: ru.functions.vip }).count()).toBe(1);
    const installed = await page.locator("article.plugin-card").count();
    expect(await page.getByText(ru.plugins.noneInstalled).count()).toBe(installed === 0 ? 1 : 0);
    await screenshot(page, "functions-ru");

    await page.getByRole("link", { name: ru.nav.settings }).click();
    await expect.poll(() => h1().textContent()).toBe(ru.settings.title);
    // Once as the entry, once among the action filter's choices.
    await expect.poll(() => page.getByText(ru.auditActions.invitation.create).count()).toBeGreaterThan(0);
    await screenshot(page, "settings-ru");
  });

  it("switches to English in the account menu and sees the same pages in English", async () => {
    const { page } = browser;
    await page.getByRole("button", { name: fill(ru.userMenu.label, { name: anna.name }) }).click();
    await page.getByRole("menuitemradio", { name: en.language.en }).click();
    await expect.poll(() => h1().textContent()).toBe(en.settings.title);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await screenshot(page, "settings-en");

    await page.getByRole("link", { name: en.nav.functions }).click();
    await expect.poll(() => h1().textContent()).toBe(en.plugins.title);
    await screenshot(page, "functions-en");

    await page.getByRole("link", { name: en.nav.team }).click();
    await expect.poll(() => h1().textContent()).toBe(en.team.title);
    await expect.poll(() => legend("vip").textContent()).toContain(en.legs.nobody);
    await screenshot(page, "team-en");
    await page.getByRole("tab", { name: en.team.tabs.members }).click();
    await expect.poll(() => page.getByRole("cell", { name: "ivan@example.ru", exact: true }).count()).toBe(1);
    await screenshot(page, "team-members-en");

    await page.getByRole("link", { name: en.nav.health }).click();
    await expect.poll(() => h1().textContent()).toBe(en.status.title);
    await screenshot(page, "health-en");

    await page.reload();
    await expect.poll(() => h1().textContent()).toBe(en.status.title);
  });
});
