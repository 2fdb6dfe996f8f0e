/**
 * Public mailbox providers: many unrelated clients share them, so an address there says nothing
 * about which company it belongs to and never counts as a domain match.
 */
export const freeMailDomains: ReadonlySet<string> = new Set([
  "gmail.com",
  "googlemail.com",
  "yandex.ru",
  "yandex.com",
  "yandex.by",
  "yandex.kz",
  "yandex.ua",
  "ya.ru",
  "narod.ru",
  "mail.ru",
  "bk.ru",
  "list.ru",
  "inbox.ru",
  "internet.ru",
  "mail.ua",
  "rambler.ru",
  "ro.ru",
  "lenta.ru",
  "autorambler.ru",
  "myrambler.ru",
  "outlook.com",
  "hotmail.com",
  "live.com",
  "live.ru",
  "msn.com",
  "icloud.com",
  "me.com",
  "mac.com",
  "yahoo.com",
  "aol.com",
  "proton.me",
  "protonmail.com",
  "gmx.com",
  "gmx.de",
  "zoho.com",
  "qq.com",
  "163.com",
  "ukr.net",
  "tut.by",
]);

/** True for a public mailbox provider's domain (`gmail.com`, `yandex.ru`, `mail.ru` …). */
export function isFreeMailDomain(domain: string): boolean {
  return freeMailDomains.has(domain.toLowerCase());
}
