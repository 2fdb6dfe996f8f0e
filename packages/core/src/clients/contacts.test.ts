import { describe, expect, it } from "vitest";
import { emailDomain, normalizeEmail, normalizePhone, websiteDomain } from "./contacts.ts";

describe("normalizePhone", () => {
  it.each([
    ["8 (495) 123-45-67", "+74951234567"],
    ["+7 495 123 45 67", "+74951234567"],
    ["84951234567", "+74951234567"],
    ["74951234567", "+74951234567"],
    ["495 123-45-67", "+74951234567"],
    ["8 916 123-45-67", "+79161234567"],
    ["9161234567", "+79161234567"],
    ["8-800-555-35-35", "+78005553535"],
    ["тел. 8 495 123 45 67", "+74951234567"],
    ["+49 30 123456", "+4930123456"],
    ["0049 30 123456", "+4930123456"],
    ["00 49 30 123456", "+4930123456"],
    ["+375 29 123-45-67", "+375291234567"],
    ["+7 727 123 4567", "+77271234567"], // Kazakhstan shares +7
    ["+1 212 555 0123", "+12125550123"],
  ])("%j → %s", (raw, value) => {
    expect(normalizePhone(raw)).toMatchObject({ ok: true, value, extension: null });
  });

  it("keeps an extension apart", () => {
    expect(normalizePhone("8 (495) 123-45-67 доб. 123")).toEqual({
      ok: true,
      value: "+74951234567",
      extension: "123",
      country: "RU",
    });
  });

  it("reads a number without a country code in the given region", () => {
    expect(normalizePhone("030 123456", "DE")).toMatchObject({ ok: true, value: "+4930123456" });
  });

  it.each([
    ["", "empty"],
    ["   ", "empty"],
    ["abc", "invalid"],
    ["12345abc67890", "invalid"],
    ["123", "invalid"],
    ["+7", "invalid"],
    ["+7 000 000 00 00", "invalid"],
    ["+7 495 123 45 67 8", "invalid"], // a digit too many
    ["++7 495 123 45 67", "invalid"],
  ])("%j is refused (%s)", (raw, reason) => {
    expect(normalizePhone(raw)).toEqual({ ok: false, reason });
  });
});

describe("normalizeEmail", () => {
  it.each([
    [" Ivan@Romashka.RU ", "ivan@romashka.ru"],
    ["mailto:sales@romashka.ru", "sales@romashka.ru"],
    ["ivan.petrov+crm@mail.ru", "ivan.petrov+crm@mail.ru"],
    ["ivan@ромашка.рф", "ivan@xn--80aa3agjl3d.xn--p1ai"],
  ])("%j → %s", (raw, value) => {
    expect(normalizeEmail(raw)).toEqual({ ok: true, value });
  });

  it.each([
    ["", "empty"],
    ["ivan", "invalid"],
    ["ivan@", "invalid"],
    ["@romashka.ru", "invalid"],
    ["ivan@romashka", "invalid"],
    ["ivan@@romashka.ru", "invalid"],
    ["ivan petrov@romashka.ru", "invalid"],
    ["ivan@romashka.ru/x", "invalid"],
    [".ivan@romashka.ru", "invalid"],
    ["ivan..petrov@romashka.ru", "invalid"],
    ["ivan@localhost", "invalid"],
  ])("%j is refused (%s)", (raw, reason) => {
    expect(normalizeEmail(raw)).toEqual({ ok: false, reason });
  });

  it("gives the domain of an address", () => {
    expect(emailDomain("ivan@romashka.ru")).toBe("romashka.ru");
  });
});

describe("websiteDomain", () => {
  it.each([
    ["https://www.Romashka.ru/contacts", "romashka.ru"],
    ["romashka.ru", "romashka.ru"],
    ["WWW.ROMASHKA.RU:8080", "romashka.ru"],
    ["www.romashka.ru.", "romashka.ru"],
    ["http://user:secret@romashka.ru/?utm=1#top", "romashka.ru"],
    ["https://shop.romashka.ru?x=1", "shop.romashka.ru"],
    ["Ромашка.РФ", "xn--80aa3agjl3d.xn--p1ai"],
    ["https://www.xn--80aa3agjl3d.xn--p1ai/", "xn--80aa3agjl3d.xn--p1ai"],
  ])("%j → %s", (raw, value) => {
    expect(websiteDomain(raw)).toEqual({ ok: true, value });
  });

  it.each([
    ["", "empty"],
    ["https://", "invalid"],
    ["romashka", "invalid"],
    ["romashka ru", "invalid"],
    ["192.168.0.1", "invalid"],
    ["localhost:3000", "invalid"],
    ["-bad-.ru", "invalid"],
    ["a..ru", "invalid"],
    ["mailto:ivan@romashka.ru", "invalid"],
  ])("%j is refused (%s)", (raw, reason) => {
    expect(websiteDomain(raw)).toEqual({ ok: false, reason });
  });
});
