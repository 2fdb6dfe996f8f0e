import { type CountryCode, parsePhoneNumberFromString } from "libphonenumber-js";

/** A phone number in E.164 (`+74951234567`), with the extension (`доб. 123`) kept apart, or why it was refused. */
export type PhoneResult =
  | { ok: true; value: string; extension: string | null; country: CountryCode | null }
  | { ok: false; reason: "empty" | "invalid" };

/** A normalized email address or a domain, or why it was refused. */
export type NormalizedResult = { ok: true; value: string } | { ok: false; reason: "empty" | "invalid" };

/**
 * A phone number in E.164, read the way Russians write it: a leading `8` or `7`, a number
 * without a country code, spaces, brackets and dashes; `+…` and `00…` numbers keep their
 * country. Validation is libphonenumber's default (length and country prefix) metadata.
 *
 * @example normalizePhone("8 (495) 123-45-67") // { ok: true, value: "+74951234567", … }
 */
export function normalizePhone(raw: string, defaultRegion: CountryCode = "RU"): PhoneResult {
  const text = raw.trim().replace(/^00[\s-]*(?=[1-9])/, "+");
  if (!/\d/.test(text))
    return text === "" ? { ok: false, reason: "empty" } : { ok: false, reason: "invalid" };
  const phone = parsePhoneNumberFromString(text, defaultRegion);
  if (!phone?.isValid()) return { ok: false, reason: "invalid" };
  return { ok: true, value: phone.number, extension: phone.ext ?? null, country: phone.country ?? null };
}

const localPart = /^[^\s@"(),:;<>[\]\\]{1,64}$/;

/**
 * An email address trimmed and lower-cased (also the part before `@`: mail servers in practice
 * ignore its case), a `mailto:` prefix dropped and the domain in punycode like `websiteDomain`.
 *
 * @example normalizeEmail(" Ivan@Romashka.RU ") // { ok: true, value: "ivan@romashka.ru" }
 */
export function normalizeEmail(raw: string): NormalizedResult {
  const text = raw
    .trim()
    .replace(/^mailto:/i, "")
    .toLowerCase();
  if (text === "") return { ok: false, reason: "empty" };
  const at = text.lastIndexOf("@");
  const local = text.slice(0, at);
  const domain = at > 0 ? hostOf(text.slice(at + 1)) : null;
  if (
    !(
      domain &&
      localPart.test(local) &&
      !local.startsWith(".") &&
      !local.endsWith(".") &&
      !local.includes("..")
    )
  ) {
    return { ok: false, reason: "invalid" };
  }
  return { ok: true, value: `${local}@${domain}` };
}

/**
 * The bare domain of a website: lower-case, without scheme, `www.`, credentials, port, path or
 * query. Internationalized domains become punycode (ASCII, what `URL` gives everywhere), so
 * `ромашка.рф` and `xn--80aa3agjl3d.xn--p1ai` are one key; show them with `url.domainToUnicode`.
 * Subdomains other than `www` are kept: `shop.romashka.ru` is not `romashka.ru`.
 *
 * @example websiteDomain("https://www.Romashka.ru/contacts") // { ok: true, value: "romashka.ru" }
 */
export function websiteDomain(raw: string): NormalizedResult {
  const text = raw.trim();
  if (text === "") return { ok: false, reason: "empty" };
  if (/\s/.test(text) || /^mailto:/i.test(text)) return { ok: false, reason: "invalid" };
  const url = /^[a-z][a-z\d+.-]*:\/\//i.test(text) ? text : `http://${text}`;
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return { ok: false, reason: "invalid" };
  }
  const domain = hostOf(host);
  return domain ? { ok: true, value: domain.replace(/^www\./, "") } : { ok: false, reason: "invalid" };
}

/** The domain part of a normalized email address: `ivan@romashka.ru` → `romashka.ru`. */
export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf("@") + 1);
}

const label = /^(?!-)[a-z\d-]{1,63}(?<!-)$/;
const topLevel = /^(?:[a-z]{2,63}|xn--[a-z\d-]{2,59})$/;

// A public host name in punycode, or null for an IP address, `localhost` or a broken name.
function hostOf(text: string): string | null {
  if (/[\s/?#:@%\\[\]]/.test(text)) return null;
  let host: string;
  try {
    host = new URL(`http://${text}`).hostname.replace(/\.$/, "");
  } catch {
    return null;
  }
  const labels = host.split(".");
  const tld = labels.at(-1) ?? "";
  return labels.length >= 2 && labels.every((l) => label.test(l)) && topLevel.test(tld) ? host : null;
}
