import { domainToUnicode } from "./punycode.ts";

/** A contact detail ready for a link: what to show and where the link goes. */
export type ContactLink = { text: string; href: string };

/**
 * A phone number as people write it, from the E.164 form Quartet stores: Russian and Kazakh
 * numbers (+7) as `+7 (495) 500-55-50`, other numbers as stored; an extension (`доб. 12`,
 * `ext. 12`, `;ext=12`) is kept after a comma.
 *
 * @example formatPhone("+74955005550") // "+7 (495) 500-55-50"
 */
export function formatPhone(phone: string): string {
  const [number = "", extension] = splitExtension(phone.trim());
  const russian = /^\+7(\d{3})(\d{3})(\d{2})(\d{2})$/.exec(number);
  const shown = russian ? `+7 (${russian[1]}) ${russian[2]}-${russian[3]}-${russian[4]}` : number;
  return extension ? `${shown}, ${extension}` : shown;
}

function splitExtension(phone: string): [string, string | null] {
  const match = /^(\+?[\d\s()-]+?)\s*(?:;ext=|,?\s*(?:доб\.?|ext\.?|x)\s*)(\d+)$/i.exec(phone);
  if (!match) return [phone.replace(/[\s()-]/g, ""), null];
  return [(match[1] ?? "").replace(/[\s()-]/g, ""), `доб. ${match[2]}`];
}

/**
 * A `tel:` link for a stored phone: the number as people write it, dialled with its extension.
 *
 * @example phoneLink("+74955005550") // { text: "+7 (495) 500-55-50", href: "tel:+74955005550" }
 */
export function phoneLink(phone: string): ContactLink {
  const [number, extension] = splitExtension(phone.trim());
  return {
    text: formatPhone(phone),
    href: `tel:${number}${extension ? `;ext=${extension.replace(/\D/g, "")}` : ""}`,
  };
}

/**
 * A `mailto:` link for an address, its domain shown in Unicode when it was stored in punycode.
 *
 * @example emailLink("info@xn--80aswg.xn--p1ai") // { text: "info@сайт.рф", href: "mailto:info@xn--80aswg.xn--p1ai" }
 */
export function emailLink(email: string): ContactLink {
  const at = email.lastIndexOf("@");
  const text = at > 0 ? `${email.slice(0, at + 1)}${domainToUnicode(email.slice(at + 1))}` : email;
  return { text, href: `mailto:${email}` };
}

/**
 * A link to a website: shown as its bare domain in Unicode, opened over https unless a scheme was given.
 *
 * @example websiteLink("xn--80aswg.xn--p1ai") // { text: "сайт.рф", href: "https://xn--80aswg.xn--p1ai" }
 */
export function websiteLink(website: string): ContactLink {
  const trimmed = website.trim();
  const href = /^[a-z][a-z\d+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  const bare = trimmed
    .replace(/^[a-z][a-z\d+.-]*:\/\//i, "")
    .replace(/^www\./i, "")
    .replace(/\/$/, "");
  const slash = bare.search(/[/?#]/);
  const host = slash < 0 ? bare : bare.slice(0, slash);
  return { text: domainToUnicode(host) + (slash < 0 ? "" : bare.slice(slash)), href };
}

/**
 * A Telegram link from a handle or a t.me address (`@romashka`, `romashka`, `https://t.me/romashka`),
 * or null when it is not a valid username (5–32 letters, digits and underscores).
 *
 * @example telegramLink("@romashka_sales") // { text: "@romashka_sales", href: "https://t.me/romashka_sales" }
 */
export function telegramLink(handle: string): ContactLink | null {
  const name = handle
    .trim()
    .replace(/^(?:https?:\/\/)?(?:t\.me|telegram\.me)\//i, "")
    .replace(/^@/, "")
    .replace(/\/$/, "");
  if (!/^[a-z][a-z\d_]{4,31}$/i.test(name)) return null;
  return { text: `@${name}`, href: `https://t.me/${name}` };
}
