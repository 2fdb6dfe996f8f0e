import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anna, signUpWithOrganisation } from "./support/accounts.ts";
import { launchBrowser, screenshot, type TestBrowser } from "./support/browser.ts";
import { enablePlugin } from "./support/enable-plugin.ts";
import { startServer, type TestServer } from "./support/server.ts";
import { mutateFromPage } from "./support/trpc.ts";

let server: TestServer;
let browser: TestBrowser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  await signUpWithOrganisation(browser.page, server.url, anna, "Ромашка");
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

let clientId = "";

const column = (index: number) => browser.page.locator(".fs-board__column").nth(index);
const card = (title: string) => browser.page.locator(".fs-card").filter({ hasText: title });
const stageOf = (title: string) =>
  card(title).evaluate((el) => el.closest<HTMLElement>("[data-stage-id]")?.getAttribute("aria-label"));

describe("the deal board", () => {
  it("appears in the sidebar once first sale is enabled", async () => {
    const { page } = browser;
    await page.goto(`${server.url}/`);
    expect(await page.getByRole("link", { name: "Продажи" }).count()).toBe(0);
    await enablePlugin(page, server.url, "Первая продажа");
    await page.getByRole("link", { name: "Продажи" }).click();
    await page.waitForURL(/\/deals$/);
    await expect.poll(() => page.locator(".fs-board__column").count()).toBeGreaterThan(2);
  });

  it("moves a deal with the keyboard", async () => {
    const { page } = browser;
    const client = await mutateFromPage<{ id: string }>(page, "core.clients.create", { name: "ООО Ромашка" });
    clientId = client.id;
    await page.getByRole("button", { name: "Новая сделка" }).click();
    const dialog = page.getByRole("dialog", { name: "Новая сделка" });
    await dialog.getByLabel("Клиент (поиск по названию)").fill("Ромашка");
    await dialog.getByRole("button", { name: "ООО Ромашка" }).click();
    await expect.poll(() => dialog.getByText("Клиент: ООО Ромашка").count()).toBe(1);
    await dialog.getByLabel("Название").fill("Поставка ромашек");
    await dialog.getByLabel("Оценка, ₽").fill("120000");
    await dialog.getByRole("button", { name: "Создать" }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    const first = await column(0).getAttribute("aria-label");
    const second = await column(1).getAttribute("aria-label");
    await expect.poll(() => stageOf("Поставка ромашек")).toBe(first);
    await card("Поставка ромашек").focus();
    await page.keyboard.press("]");
    await expect.poll(() => stageOf("Поставка ромашек")).toBe(second);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toContain("Поставка ромашек");
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => stageOf("Поставка ромашек")).toBe(first);
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => stageOf("Поставка ромашек")).toBe(second);
    await screenshot(page, "deals-board-ru");
  });

  it("drags a deal to lost: refused without a reason, then lost with one", async () => {
    const { page } = browser;
    const lost = page.locator(".fs-board__column").last();
    const from = await card("Поставка ромашек").boundingBox();
    const to = await lost.boundingBox();
    if (!from || !to) throw new Error("the board is not laid out");
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x + to.width / 2, to.y + 40, { steps: 8 });
    await page.mouse.up();
    const dialog = page.getByRole("dialog", { name: "Почему сделка проиграна?" });
    await expect.poll(() => dialog.count()).toBe(1);
    await dialog.getByRole("button", { name: "Отметить проигранной" }).click();
    await expect.poll(() => dialog.getByRole("alert").count()).toBe(1);
    expect((await dialog.getByRole("alert").textContent())?.length).toBeGreaterThan(3);
    await screenshot(page, "deals-lost-refused-ru", { fullPage: false });
    await dialog.locator(".q-select__trigger").click();
    await page.locator(".q-select__item", { hasText: "Цена: дорого" }).click();
    await dialog.getByRole("button", { name: "Отметить проигранной" }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => stageOf("Поставка ромашек")).toBe(await lost.getAttribute("aria-label"));
  });

  it("lists the client's deals in the client page's side panel", async () => {
    const { page } = browser;
    await page.goto(`${server.url}/clients/${clientId}`);
    await expect.poll(() => page.locator(".fs-widget__list").textContent()).toContain("Поставка ромашек");
    await screenshot(page, "deals-client-widget-ru");
    await page.goto(`${server.url}/deals`);
  });

  it("speaks English when the language is switched", async () => {
    const { page } = browser;
    await page.evaluate(() => localStorage.setItem("quartet.locale", "en"));
    await page.reload();
    await expect.poll(() => page.locator("h1").textContent()).toBe("Deals");
    await screenshot(page, "deals-board-en");
  });
});
