import { describe, expect, it } from "vitest";
import { emailLink, formatPhone, phoneLink, telegramLink, websiteLink } from "./contact-links.ts";
import { domainToUnicode } from "./punycode.ts";

describe("formatPhone", () => {
  it.each([
    ["+74955005550", "+7 (495) 500-55-50"],
    ["+79161234567", "+7 (916) 123-45-67"],
    ["+77172123456", "+7 (717) 212-34-56"],
    ["+74955005550 доб. 123", "+7 (495) 500-55-50, доб. 123"],
    ["+74955005550;ext=12", "+7 (495) 500-55-50, доб. 12"],
    ["+375291234567", "+375291234567"],
    ["+4930123456", "+4930123456"],
  ])("%s → %s", (stored, shown) => {
    expect(formatPhone(stored)).toBe(shown);
  });
});

describe("phoneLink", () => {
  it("dials the number with its extension and shows it as people write it", () => {
    expect(phoneLink("+74955005550")).toEqual({ text: "+7 (495) 500-55-50", href: "tel:+74955005550" });
    expect(phoneLink("+74955005550 доб. 7")).toEqual({
      text: "+7 (495) 500-55-50, доб. 7",
      href: "tel:+74955005550;ext=7",
    });
  });
});

describe("domainToUnicode", () => {
  it.each([
    ["xn--80aswg.xn--p1ai", "сайт.рф"],
    ["xn--80akhbyknj4f.xn--p1ai", "испытание.рф"],
    ["shop.xn--80aswg.xn--p1ai", "shop.сайт.рф"],
    ["romashka.ru", "romashka.ru"],
    ["xn--bcher-kva.de", "bücher.de"],
    ["xn--!!!.ru", "xn--!!!.ru"],
  ])("%s → %s", (domain, shown) => {
    expect(domainToUnicode(domain)).toBe(shown);
  });
});

describe("emailLink and websiteLink", () => {
  it("show Cyrillic domains in Unicode and link to what was stored", () => {
    expect(emailLink("info@xn--80aswg.xn--p1ai")).toEqual({
      text: "info@сайт.рф",
      href: "mailto:info@xn--80aswg.xn--p1ai",
    });
    expect(emailLink("ivan@romashka.ru").text).toBe("ivan@romashka.ru");
    expect(websiteLink("xn--80aswg.xn--p1ai")).toEqual({
      text: "сайт.рф",
      href: "https://xn--80aswg.xn--p1ai",
    });
    expect(websiteLink("https://www.romashka.ru/contacts/")).toEqual({
      text: "romashka.ru/contacts",
      href: "https://www.romashka.ru/contacts/",
    });
  });
});

describe("telegramLink", () => {
  it.each([
    ["@romashka_sales", "https://t.me/romashka_sales"],
    ["romashka_sales", "https://t.me/romashka_sales"],
    ["https://t.me/romashka_sales", "https://t.me/romashka_sales"],
    ["t.me/RomashkaBot/", "https://t.me/RomashkaBot"],
  ])("%s → %s", (handle, href) => {
    expect(telegramLink(handle)?.href).toBe(href);
  });

  it.each(["", "@ab", "@1romashka", "+79161234567", "@рома_шка"])("refuses %s", (handle) => {
    expect(telegramLink(handle)).toBeNull();
  });
});
