import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anna, signUpWithOrganisation } from "./support/accounts.ts";
import { launchBrowser, screenshot, type TestBrowser } from "./support/browser.ts";
import { enablePlugin } from "./support/enable-plugin.ts";
import { atPhoneInBothLanguages } from "./support/screen-checks.ts";
import { startServer, type TestServer } from "./support/server.ts";
import { mutateFromPage } from "./support/trpc.ts";

const root = fileURLToPath(new URL("../../../", import.meta.url));
/**
 * The plugin `pnpm quartet plugin new loyalty` writes exists only where CI ran the scaffold (its
 * step in `.ci/run`, after the other tests); elsewhere this file has nothing to test.
 */
const scaffolded =
  existsSync(`${root}plugins/loyalty/package.json`) &&
  readFileSync(`${root}quartet.config.ts`, "utf8").includes('"@quartet/loyalty/server"');

let server: TestServer;
let browser: TestBrowser;

describe.runIf(scaffolded)("a plugin fresh from the scaffold (loyalty), enabled in the admin app", () => {
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    await signUpWithOrganisation(browser.page, server.url, anna, "Ромашка");
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("is enabled on the functions page; its page and its card on a client's page work", async () => {
    const { page } = browser;
    await enablePlugin(page, server.url, "Loyalty");
    await page.getByRole("link", { name: "Loyalty", exact: true }).click();
    await expect.poll(() => page.getByText("Заметок пока нет").count()).toBe(1);

    const client = await mutateFromPage<{ id: string }>(page, "core.clients.create", { name: "ООО Ромашка" });
    await page.goto(`${server.url}/clients/${client.id}`);
    await expect.poll(() => page.getByText("О клиенте пока нет заметок").count()).toBe(1);
    await page.getByLabel("Новая заметка").fill("Позвонить в понедельник");
    await page.getByRole("button", { name: "Добавить", exact: true }).click();
    await expect.poll(() => page.getByText("Позвонить в понедельник").count()).toBeGreaterThan(0);
    await screenshot(page, "scaffolded-plugin-client-ru");

    await page.goto(`${server.url}/loyalty`);
    await expect.poll(() => page.getByRole("cell", { name: "Позвонить в понедельник" }).count()).toBe(1);
    await screenshot(page, "scaffolded-plugin-page-ru");
    await atPhoneInBothLanguages(page, async (locale) => {
      const note = locale === "ru" ? "Заметка" : "Note";
      await expect.poll(() => page.getByRole("columnheader", { name: note }).count()).toBe(1);
      await screenshot(page, `scaffolded-plugin-page-${locale}-phone`);
    });
  });
});
