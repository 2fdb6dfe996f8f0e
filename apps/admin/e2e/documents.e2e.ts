import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type SmtpSink, startSmtpSink } from "@quartet/server/testing/smtp-sink";
import { documentsWords } from "@quartet/ui/pure";
import type { Download, Locator } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { en } from "../src/i18n/en.ts";
import { ru } from "../src/i18n/ru.ts";
import { anna, inviteThroughApi, ivan, signUpWithOrganisation } from "./support/accounts.ts";
import { launchBrowser, screenshot, type TestBrowser } from "./support/browser.ts";
import { joinByInvitation } from "./support/invitation.ts";
import { artifactsDir } from "./support/paths.ts";
import {
  atPhoneInBothLanguages,
  expectNoLeaks,
  expectRussian,
  spaced,
  useLocale,
} from "./support/screen-checks.ts";
import { startServer, type TestServer } from "./support/server.ts";
import { fill } from "./support/text.ts";
import { mutateFromPage, queryFromPage } from "./support/trpc.ts";

const words = documentsWords;
let sink: SmtpSink;
let server: TestServer;
let browser: TestBrowser;
let clientId = "";
let order = { id: "", number: "" };

/** The issued versions of the order, as `core.documents.list` answers them (newest first). */
type Issued = { id: string; number: string; version: number; fileName: string; locale: string; url: string };
const issued = () => queryFromPage<Issued[]>(browser.page, "core.documents.list", { subjectId: order.id });

beforeAll(async () => {
  sink = await startSmtpSink();
  server = await startServer({ smtpUrl: sink.url });
  browser = await launchBrowser();
  const { page } = browser;
  await signUpWithOrganisation(page, server.url, anna, "Ромашка");
  clientId = (
    await mutateFromPage<{ id: string }>(page, "core.clients.create", {
      kind: "company",
      name: "ООО «Полюс»",
      emails: ["buh@polus.ru"],
    })
  ).id;
  await mutateFromPage(page, "core.clients.contacts.create", {
    clientId,
    name: "Иван Орлов",
    position: "Закупщик",
    emails: ["ivan@polus.ru"],
  });
  await mutateFromPage(page, "core.requisites.client.set", {
    clientId,
    requisites: {
      fullName: "Общество с ограниченной ответственностью «Полюс»",
      shortName: "ООО «Полюс»",
      inn: "7736207543",
      kpp: "773601001",
      legalAddress: "119021, Москва, ул. Льва Толстого, 16",
      bankAccounts: [{ bik: "044525974", bankName: "АО «Т-Банк»", account: "40802810700000000002" }],
    },
  });
  order = await mutateFromPage<{ id: string; number: string }>(page, "core.orders.record", {
    clientId,
    lines: [
      { name: "Сыр российский", unit: "кг", quantity: 12.5, price: { amountMinor: 45_000 } },
      { name: "Масло сливочное 82,5 %", unit: "шт", quantity: 40, price: { amountMinor: 18_990 } },
      { name: "Доставка по Москве", unit: "усл", quantity: 1, price: { amountMinor: 250_000 } },
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await sink?.close().catch(() => {});
});

/** The organisation's requisites, as the settings form would save them (the form has its own test), VAT 22 % on top. */
async function fillOrgRequisites() {
  await mutateFromPage(browser.page, "core.requisites.org.set", {
    fullName: "Общество с ограниченной ответственностью «Ромашка»",
    shortName: "ООО «Ромашка»",
    inn: "7707083893",
    kpp: "773601001",
    ogrn: "1027700132195",
    legalAddress: "117997, Москва, ул. Вавилова, 19",
    directorName: "Иванов Иван Иванович",
    accountantName: "Петрова Анна Сергеевна",
    vatMode: "vat22",
    paymentDays: 5,
    bankAccounts: [
      {
        bik: "044525225",
        bankName: "ПАО Сбербанк",
        account: "40702810400000000005",
        correspondentAccount: "30101810400000000225",
      },
    ],
  });
}

/** Draws a logo in the page's canvas and uploads it as the organisation's PNG, as the requisites page does. */
async function uploadLogo() {
  const status = await browser.page.evaluate(async () => {
    const canvas = document.createElement("canvas");
    canvas.width = 300;
    canvas.height = 96;
    const pen = canvas.getContext("2d") as CanvasRenderingContext2D;
    pen.fillStyle = "#4f46e5";
    pen.beginPath();
    pen.arc(48, 48, 40, 0, Math.PI * 2);
    pen.fill();
    pen.fillStyle = "#ffffff";
    pen.fillRect(30, 44, 36, 8);
    pen.fillRect(44, 30, 8, 36);
    pen.fillStyle = "#17171c";
    pen.font = "bold 40px sans-serif";
    pen.fillText("Ромашка", 100, 62);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
    const response = await fetch("/api/v1/requisites/images/logo", {
      method: "PUT",
      headers: { "content-type": "image/png" },
      body: png,
    });
    return response.status;
  });
  expect(status).toBe(200);
}

const card = (page = browser.page) => page.locator(".order-documents");
const rows = (page = browser.page) => card(page).locator(".q-document");
const dict = { ru, en } as const;

/** Opens the client page in `locale`, the order's details and its documents card (in `page`, the owner's by default). */
async function openOrderDocuments(locale: "ru" | "en", page = browser.page) {
  await page.goto(`${server.url}/clients/${clientId}`);
  await useLocale(page, locale);
  await page.locator(".client-orders .q-table tbody tr").filter({ hasText: order.number }).click();
  await page
    .getByRole("button", { name: fill(dict[locale].orderDocuments.openFor, { number: order.number }) })
    .click();
  await expect.poll(() => card(page).count()).toBe(1);
}

/** Saves one part of the page (the documents card by default) alone among the screenshots: the client page is long. */
async function shootCard(name: string, part: Locator = card()) {
  // Centred first, so the sticky top bar does not cover the part's heading.
  await part.evaluate((element) => element.scrollIntoView({ block: "center" }));
  await part.screenshot({ path: join(artifactsDir, `${name}.png`), animations: "disabled" });
}

/** Opens the preview of the newest version and waits for its frame to load the PDF. */
async function openPreview() {
  const { page } = browser;
  await rows()
    .first()
    .getByRole("button", { name: /^(Просмотр|Preview)/ })
    .click();
  const frame = page.getByRole("dialog").locator("iframe");
  await expect.poll(() => frame.count()).toBe(1);
  await (await (await frame.elementHandle())?.contentFrame())?.waitForLoadState("load");
  return frame;
}

/** The issue button of the invoice, as the card words it in Russian for a first or a next version. */
const issueButton = (again: boolean) =>
  card().getByRole("button", {
    name: fill(again ? words.ru.issueAgain : words.ru.issue, { name: "счёт на оплату" }),
  });

/** Saves a download, checks it is a PDF, and renders its first page to `<name>.png` among the screenshots. */
async function pdfToScreenshot(download: Download, name: string): Promise<string> {
  const path = join(artifactsDir, `${name}.pdf`);
  await download.saveAs(path);
  expect(readFileSync(path).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  execFileSync("pdftoppm", ["-png", "-r", "80", "-singlefile", path, join(artifactsDir, name)]);
  return execFileSync("pdftotext", ["-layout", "-enc", "UTF-8", path, "-"], { encoding: "utf8" });
}

/** Clicks the download link of the row `index` (0 = newest) and waits for the file. */
async function download(index: number): Promise<Download> {
  const { page } = browser;
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    rows()
      .nth(index)
      .getByRole("link", { name: /^(Скачать|Download)/ })
      .click(),
  ]);
  return file;
}

describe("an order's invoice on the client page", () => {
  it("refuses to issue before the organisation has requisites, in the server's words", async () => {
    await openOrderDocuments("ru");
    await issueButton(false).click();
    await expect
      .poll(() => card().locator(".q-error").textContent())
      .toContain("Сначала заполните реквизиты организации");
    expect(await card().getByText(words.ru.none).count()).toBe(1);
    await expectNoLeaks(browser.page);
    await expectRussian(browser.page);
    await shootCard("documents-refused-ru");
  });

  it("issues an invoice: the version is listed with its number, date and total", async () => {
    const { page } = browser;
    await fillOrgRequisites();
    await uploadLogo();
    await openOrderDocuments("ru");
    await issueButton(false).click();
    await expect.poll(() => rows().count()).toBe(1);
    const [first] = await issued();
    expect(first).toMatchObject({ version: 1, locale: "ru" });
    const row = spaced(await rows().first().textContent());
    expect(row).toContain(fill(words.ru.heading, { name: "Счёт на оплату", number: first?.number ?? "" }));
    expect(row).toContain(fill(words.ru.version, { version: 1 }));
    expect(await issueButton(true).count()).toBe(1);
    await expectNoLeaks(page);
    await expectRussian(page);
    await screenshot(page, "documents-client-ru");
    await shootCard("documents-card-ru");
  });

  it("previews the PDF in a dialog with a download link beside it", async () => {
    const { page } = browser;
    const dialog = page.getByRole("dialog");
    const src = (await (await openPreview()).getAttribute("src")) ?? "";
    expect(src).toMatch(/^\/api\/v1\/documents\/.+\.pdf\?org=/);
    const served = await page.evaluate(async (url) => {
      const response = await fetch(url);
      return { type: response.headers.get("content-type"), cache: response.headers.get("cache-control") };
    }, src);
    expect(served).toEqual({ type: "application/pdf", cache: "private, no-store" });
    expect(await dialog.getByRole("link", { name: words.ru.download }).count()).toBe(1);
    await screenshot(page, "documents-preview-ru", { fullPage: false });
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it("downloads it as a named PDF with the seller, the buyer, VAT and the total in words", async () => {
    const [first] = await issued();
    const file = await download(0);
    expect(file.suggestedFilename()).toBe(first?.fileName);
    expect(file.suggestedFilename()).toMatch(/^Сч[её]т.* № \d+ от \d{2}\.\d{2}\.\d{4}.*\.pdf$/);
    const text = spaced(await pdfToScreenshot(file, "documents-invoice-ru")).replace(/ +/g, " ");
    for (const part of ["7707083893", "40702810400000000005", "044525225", "7736207543", "Сыр российский"])
      expect(text).toContain(part);
    // 12,5 × 450,00 + 40 × 189,90 + 2 500,00 = 15 721,00 ₽, VAT 22 % inside each line's sum.
    for (const part of [
      "Сумма НДС",
      "1 014,34",
      "В том числе НДС: 2 834,93",
      "Всего к оплате: 15 721,00",
      "Пятнадцать тысяч семьсот двадцать один рубль 00 копеек",
      "Руководитель Иванов И. И.",
    ])
      expect(text).toContain(part);
  });

  it("issues the next version in English: same number, the old version kept and marked", async () => {
    const { page } = browser;
    await card().locator(".q-documents__language .q-select__trigger").click();
    await page.locator(".q-select__item", { hasText: words.ru.languages.en }).click();
    // The issue is held until the button is seen busy, so the check does not race the server.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let passed: Promise<void> = Promise.resolve();
    await page.route("**/trpc/core.documents.issue**", (route) => {
      passed = held.then(() => route.continue());
    });
    await issueButton(true).click();
    await expect.poll(() => issueButton(true).getAttribute("aria-busy")).toBe("true");
    release();
    await passed;
    await page.unroute("**/trpc/core.documents.issue**");
    await expect.poll(() => rows().count()).toBe(2);
    const [latest, old] = await issued();
    expect(latest).toMatchObject({ version: 2, locale: "en", number: old?.number });
    expect(spaced(await rows().nth(1).textContent())).toContain(words.ru.superseded);
    expect(spaced(await rows().first().textContent())).toContain(words.ru.inLanguage.en);
    const text = await pdfToScreenshot(await download(0), "documents-invoice-en");
    expect(text).toMatch(/Invoice/);
    expect(text).not.toMatch(/Счёт на оплату/);
    await useLocale(page, "en");
    await openOrderDocuments("en");
    await expect.poll(() => rows().count()).toBe(2);
    expect(spaced(await rows().first().textContent())).toContain(fill(words.en.version, { version: 2 }));
    await expectNoLeaks(page);
    await shootCard("documents-card-en");
  });

  it("sends it by email: the sink gets the PDF, the row and the timeline say so", async () => {
    const { page } = browser;
    await openOrderDocuments("ru");
    await rows()
      .nth(1)
      .getByRole("button", { name: /^Отправить/ })
      .click();
    const dialog = page.getByRole("dialog");
    await expect.poll(() => dialog.locator(".q-tag").allTextContents()).toEqual(["buh@polus.ru"]);
    await dialog
      .getByRole("button", { name: fill(words.ru.addRecipient, { email: "ivan@polus.ru" }) })
      .click();
    await expect.poll(() => dialog.locator(".q-tag").count()).toBe(2);
    await dialog.getByLabel(words.ru.to).fill("ivan@");
    await dialog.getByLabel(words.ru.to).press("Enter");
    await dialog.getByRole("button", { name: words.ru.sendSubmit, exact: true }).click();
    await expect
      .poll(() => dialog.locator(".q-field__error").textContent())
      .toBe("Адрес почты указан неверно");
    expect(sink.received).toHaveLength(0);
    await dialog.getByRole("button", { name: "Убрать «ivan@»" }).click();
    await expect.poll(() => dialog.locator(".q-tag").count()).toBe(2);
    const message = dialog.getByLabel(words.ru.message);
    await message.fill("Добрый день!");
    await message.press("Enter");
    await message.pressSequentially("Счёт во вложении.");
    expect(await dialog.count()).toBe(1);
    expect(await message.inputValue()).toBe("Добрый день!\nСчёт во вложении.");
    await expectNoLeaks(page);
    await expectRussian(page, ["PDF"]);
    await screenshot(page, "documents-send-ru", { fullPage: false });
    await dialog.getByRole("button", { name: words.ru.sendSubmit, exact: true }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    const mail = await sink.nth(1);
    const [, old] = await issued();
    expect(mail.to.sort()).toEqual(["buh@polus.ru", "ivan@polus.ru"]);
    expect(mail.subject).toContain(`№ ${old?.number}`);
    expect(mail.text).toContain("Добрый день!");
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0]?.filename).toBe(old?.fileName);
    expect(
      Buffer.from(mail.attachments[0]?.content ?? [])
        .subarray(0, 5)
        .toString("latin1"),
    ).toBe("%PDF-");

    await expect
      .poll(async () => spaced(await rows().nth(1).textContent()))
      .toContain("buh@polus.ru, ivan@polus.ru");
    await expect
      .poll(async () => spaced(await page.locator(".client-page__feed").textContent()))
      .toContain("buh@polus.ru");
    await expectNoLeaks(page);
    await expectRussian(page);
    await shootCard("documents-sent-ru");
    await shootCard("documents-timeline-ru", page.locator(".client-page__feed"));
  });

  it("shows a viewer every version to preview and download, with nothing to issue or send", async () => {
    const link = await inviteThroughApi(browser.page, ivan.email, "viewer");
    const guest = await launchBrowser();
    try {
      const { page } = guest;
      await joinByInvitation(page, server.url, link, ivan);
      await openOrderDocuments("ru", page);
      await expect.poll(() => rows(page).count()).toBe(2);
      await expect.poll(() => card(page).locator(".q-documents__issue[aria-busy]").count()).toBe(0);
      expect(await card(page).locator(".q-documents__issue .q-button").count()).toBe(0);
      expect(
        await card(page)
          .getByRole("button", { name: /^Отправить/ })
          .count(),
      ).toBe(0);
      expect(
        await card(page)
          .getByRole("link", { name: /^Скачать/ })
          .count(),
      ).toBe(2);
      await expectNoLeaks(page);
      await expectRussian(page);
    } finally {
      await guest.close();
    }
  });

  it("shows a mailing the mail server could not take on its row, to send again", async () => {
    const { page } = browser;
    await sink.close();
    await openOrderDocuments("ru");
    await rows()
      .first()
      .getByRole("button", { name: /^Отправить/ })
      .click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: words.ru.sendSubmit, exact: true }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    // The outbox tries three times before the send is marked failed; the list is read afresh each round.
    await expect
      .poll(
        async () => {
          await openOrderDocuments("ru");
          return rows().first().locator(".q-document__sent[data-failed]").count();
        },
        { timeout: 30_000 },
      )
      .toBe(1);
    expect(spaced(await rows().first().textContent())).toContain("не доставлен buh@polus.ru");
    await expectRussian(page);
    await shootCard("documents-failed-ru");
  });

  it("fits a phone in both languages, the preview included", async () => {
    const { page } = browser;
    await atPhoneInBothLanguages(page, async (locale) => {
      await openOrderDocuments(locale);
      await expect.poll(() => rows().count()).toBe(2);
      await shootCard(`documents-phone-${locale}`);
      await openPreview();
      await screenshot(page, `documents-preview-phone-${locale}`, { fullPage: false });
      await page.keyboard.press("Escape");
      await expect.poll(() => page.getByRole("dialog").count()).toBe(0);
    });
  });
});
