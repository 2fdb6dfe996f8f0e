import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ru } from "../src/i18n/ru.ts";
import { anna } from "./support/accounts.ts";
import { launchBrowser, screenshot, type TestBrowser } from "./support/browser.ts";
import { startServer, type TestServer } from "./support/server.ts";
import { fill } from "./support/text.ts";

let server: TestServer;
let browser: TestBrowser;

beforeAll(async () => {
  // Mail is logged at `info` when no SMTP server is set: the reset test reads its link there.
  server = await startServer({ logLevel: "info" });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const h1 = () => browser.page.getByRole("heading", { level: 1 });

async function signIn(email: string, password: string) {
  const { page } = browser;
  await page.getByLabel(ru.auth.email).fill(email);
  await page.getByLabel(ru.auth.password).fill(password);
  await page.getByRole("button", { name: ru.auth.signIn.submit }).click();
}

async function signOut() {
  const { page } = browser;
  await page.getByRole("button", { name: fill(ru.userMenu.label, { name: anna.name }) }).click();
  await page.getByRole("menuitem", { name: ru.userMenu.signOut }).click();
  await page.waitForURL(/\/sign-in$/);
}

// Sign-in is limited to 5 attempts a minute per address, and every test here signs in from one.
describe("signing in and out", () => {
  it("signs out from the account menu, and a wrong password is refused with a clear message", async () => {
    const { page } = browser;
    await page.goto(`${server.url}/sign-up`);
    await page.getByLabel(ru.auth.name).fill(anna.name);
    await page.getByLabel(ru.auth.email).fill(anna.email);
    await page.getByLabel(ru.auth.password).fill(anna.password);
    await page.getByRole("button", { name: ru.auth.signUp.submit }).click();
    await page.waitForURL(/\/onboarding$/);
    await page.evaluate(() =>
      fetch("/trpc/core.org.create", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ json: { name: "Ромашка" } }),
      }),
    );
    await signOut();

    await signIn(anna.email, "not-the-password");
    await expect
      .poll(() => page.getByRole("alert").filter({ hasText: ru.auth.signIn.wrong }).count())
      .toBe(1);
    expect(page.url()).toMatch(/\/sign-in$/);
    await screenshot(page, "sign-in-wrong-password-ru");
  });

  it("sends a signed-out visitor to sign in and back to the page they asked for", async () => {
    const { page } = browser;
    await page.goto(`${server.url}/team?tab=roles`);
    await page.waitForURL(/\/sign-in\?next=/);
    await signIn(anna.email, anna.password);
    await page.waitForURL(/\/team\?tab=roles$/);
    await expect.poll(() => h1().textContent()).toBe(ru.team.title);
    await expect
      .poll(() => page.getByRole("tab", { name: ru.team.tabs.roles }).getAttribute("aria-selected"))
      .toBe("true");
    await signOut();
  });

  it("resets a forgotten password with the mailed link", async () => {
    const { page } = browser;
    await page.getByRole("link", { name: ru.auth.signIn.forgot }).click();
    await page.getByLabel(ru.auth.email).fill(anna.email);
    await page.getByRole("button", { name: ru.auth.forgot.submit }).click();
    await expect.poll(() => h1().textContent()).toBe(ru.auth.forgot.sentTitle);
    let link: string | undefined;
    await expect
      .poll(() => {
        link = /\/reset-password\?token=[\w%-]+/.exec(server.output())?.[0];
        return link;
      })
      .toBeDefined();

    await page.goto(`${server.url}${link}`);
    await page.getByLabel(ru.auth.reset.password).fill("a-brand-new-secret");
    await page.getByLabel(ru.auth.reset.confirm).fill("a-different-secret");
    await page.getByRole("button", { name: ru.auth.reset.submit }).click();
    await expect.poll(() => page.getByText(ru.auth.check.passwordsDiffer).count()).toBe(1);
    await page.getByLabel(ru.auth.reset.confirm).fill("a-brand-new-secret");
    await page.getByRole("button", { name: ru.auth.reset.submit }).click();
    await expect.poll(() => h1().textContent()).toBe(ru.auth.reset.doneTitle);

    await page.goto(`${server.url}${link}`);
    await page.getByLabel(ru.auth.reset.password).fill("yet-another-secret");
    await page.getByLabel(ru.auth.reset.confirm).fill("yet-another-secret");
    await page.getByRole("button", { name: ru.auth.reset.submit }).click();
    await expect.poll(() => h1().textContent()).toBe(ru.auth.reset.invalidTitle);
  });

  it("says plainly when sign-in is throttled", async () => {
    const { page } = browser;
    await page.goto(`${server.url}/sign-in`);
    const throttled = page.getByRole("alert").filter({ hasText: /Слишком много попыток входа/ });
    for (let attempt = 0; attempt < 8 && (await throttled.count()) === 0; attempt++) {
      await signIn(anna.email, "still-not-the-password");
      await expect
        .poll(() => page.getByRole("button", { name: ru.auth.signIn.submit }).isEnabled())
        .toBe(true);
    }
    await expect.poll(() => throttled.count()).toBe(1);
    expect(await throttled.textContent()).toMatch(/Подождите \d+ с/);
    await screenshot(page, "sign-in-throttled-ru");
  });
});
