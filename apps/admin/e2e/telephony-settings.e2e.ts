import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { en } from "../src/i18n/en.ts";
import { ru } from "../src/i18n/ru.ts";
import { anna } from "./support/accounts.ts";
import { screenshot } from "./support/browser.ts";
import { zadarmaKeys as keys, type PbxScene, startWithPbx } from "./support/pbx.ts";
import {
  atPhoneInBothLanguages,
  bothLanguages,
  expectNoLeaks,
  expectRussian,
  useLocale,
} from "./support/screen-checks.ts";
import { chooseOption } from "./support/select-option.ts";
import { mutateFromPage, queryFromPage } from "./support/trpc.ts";

/** What Zadarma adds to a Russian screen: its name (its fields and time zone are worded in Russian). */
const zadarmaWords = ["Zadarma"];

let scene: PbxScene;
let clientId = "";

const page = () => scene.browser.page;
const main = () => page().locator("main");
const field = (label: string) => page().getByLabel(label, { exact: true });
const toast = (text: string) => page().locator(".q-toast", { hasText: text }).count();

beforeAll(async () => {
  scene = await startWithPbx();
  clientId = (
    await mutateFromPage<{ id: string }>(page(), "core.clients.create", {
      name: "Альфа-Трейд",
      phones: ["+7 495 123-45-67"],
    })
  ).id;
});

afterAll(() => scene?.stop());

describe("telephony settings", () => {
  it("connects the exchange with its keys, never shows the secret back, gives the address to paste, maps an extension to a member by name", async () => {
    await page().setViewportSize({ width: 1280, height: 900 });
    await useLocale(page(), "ru");
    await page().goto(`${scene.server.url}/settings`);
    await page().getByRole("link", { name: ru.telephony.open }).click();
    await page().waitForURL(/\/settings\/telephony$/);
    await expect.poll(() => main().textContent()).toContain(ru.telephony.notConnected);
    expect(await main().textContent()).toContain(ru.telephony.addressAfterSave);
    // A key that is not one is refused beside its field, and nothing is connected.
    await field("Ключ API").fill("x");
    await field("Секретный ключ API").fill(keys.secret);
    await page().getByRole("button", { name: ru.telephony.save }).click();
    await expect.poll(() => main().locator(".q-field__error:not(:empty)").count()).toBeGreaterThan(0);
    expect(await main().textContent()).toContain(ru.telephony.notConnected);

    await field("Ключ API").fill(keys.key);
    // The exchange's time zone is chosen by city, as the organisation's is, Moscow by default.
    const zone = page().getByRole("combobox", { name: "Часовой пояс АТС" });
    expect(await zone.inputValue()).toContain("Москва");
    await page().getByRole("button", { name: ru.telephony.save }).click();
    await expect.poll(() => toast(ru.telephony.saved), { timeout: 30_000 }).toBe(1);
    await expect
      .poll(() => main().textContent())
      .toContain(ru.telephony.connected.replace("{provider}", "Zadarma"));
    const address = await field(ru.telephony.address).inputValue();
    expect(address).toMatch(new RegExp(`^${scene.server.url}/hooks/telephony/[A-Za-z0-9_-]{32}/zadarma$`));
    expect(await field("Секретный ключ API").inputValue()).not.toBe(keys.secret);
    expect(await page().content()).not.toContain(keys.secret);

    await field(ru.telephony.extension).fill("101");
    await chooseOption(page(), main(), ru.telephony.member, anna.name);
    await page().getByRole("button", { name: ru.telephony.addExtension }).click();
    const list = main().getByRole("list", { name: ru.telephony.extensionsTitle });
    await expect.poll(() => list.textContent(), { timeout: 30_000 }).toContain(anna.name);
    expect(await list.textContent()).toContain("101");

    for (const [locale, dict] of bothLanguages) {
      await useLocale(page(), locale);
      await expect
        .poll(() => main().textContent(), { timeout: 30_000 })
        .toContain(dict.telephony.extensionsTitle);
      const named = main().getByRole("list", { name: dict.telephony.extensionsTitle });
      await expect.poll(() => named.textContent()).toContain(anna.name);
      await expectNoLeaks(page());
      if (locale === "ru") await expectRussian(page(), zadarmaWords);
      await screenshot(page(), `telephony-settings-${locale}`);
    }
  });

  it("fits a phone in both languages", async () => {
    await atPhoneInBothLanguages(page(), async (locale, dict) => {
      await expect
        .poll(() => main().textContent(), { timeout: 30_000 })
        .toContain(dict.telephony.extensionsTitle);
      await screenshot(page(), `telephony-settings-phone-${locale}`);
    });
  });
});

describe("click-to-call from a phone link", () => {
  it("offers a call through the exchange beside the plain tel: link, and the exchange is asked, signed, to ring the member first", async () => {
    await page().setViewportSize({ width: 1280, height: 900 });
    for (const [locale, dict] of [
      ["ru", ru],
      ["en", en],
    ] as const) {
      await useLocale(page(), locale);
      await page().goto(`${scene.server.url}/clients/${clientId}`);
      const number = page().getByRole("button", {
        name: dict.phoneCall.menuLabel.replace("{number}", "+7 (495) 123-45-67"),
      });
      await number.first().click({ timeout: 30_000 });
      await expect
        .poll(() => page().getByRole("menuitem", { name: dict.phoneCall.viaPhone }).count())
        .toBe(1);
      await screenshot(page(), `telephony-click-to-call-${locale}`);
      const before = scene.api.requests.length;
      await page().getByRole("menuitem", { name: dict.phoneCall.viaPbx }).click();
      await expect.poll(() => toast(dict.phoneCall.calling), { timeout: 30_000 }).toBe(1);
      expect(scene.api.requests.slice(before)).toMatchObject([
        { method: "/v1/request/callback/", params: { from: "101", to: "74951234567" }, signed: true },
      ]);
    }
  });

  it("puts the call on the timeline with its number written as everywhere else", async () => {
    const { notificationPath } = await queryFromPage<{ notificationPath: string }>(
      page(),
      "core.telephony.settings.get",
    );
    const call = {
      pbx_call_id: "out_1",
      internal: "101",
      destination: "74951234567",
      call_start: "2026-12-07 15:00:00",
    };
    await scene.notify(notificationPath, "NOTIFY_OUT_END", {
      ...call,
      duration: "42",
      disposition: "answered",
    });
    await useLocale(page(), "ru");
    await page().goto(`${scene.server.url}/clients/${clientId}`);
    const entry = page().locator('.feed__entry[data-type="call"]');
    await expect
      .poll(() => entry.textContent(), { timeout: 30_000 })
      .toContain(ru.callEntry.outbound.replace("{number}", "+7 (495) 123-45-67"));
  });

  it("is a plain tel: link for a member without an extension", async () => {
    await mutateFromPage(page(), "core.telephony.extensions.remove", { extension: "101" });
    await useLocale(page(), "ru");
    await page().goto(`${scene.server.url}/clients/${clientId}`);
    const link = page().locator('a[href="tel:+74951234567"]', { hasText: "+7 (495) 123-45-67" });
    await expect.poll(() => link.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(
      await page()
        .getByRole("button", { name: /\+7 \(495\) 123-45-67/ })
        .count(),
    ).toBe(0);
  });
});
