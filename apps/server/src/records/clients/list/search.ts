import {
  type ExactKey,
  isFreeMailDomain,
  normalizeCompanyName,
  normalizeEmail,
  normalizePhone,
  validateInn,
  websiteDomain,
} from "@quartet/core";

/** How a search text is looked up: by exact keys (any of them), else by the start of the name. */
export type SearchPlan = { keys: ExactKey[]; name: string };

/**
 * Reads a search text: an email, a valid INN, a phone (digits and phone punctuation only, seven
 * digits or more) or a domain (ASCII with a dot, no spaces) gives `keys` (ten digits can be both an
 * INN and a phone); any text also gives the normalized `name` to fall back on when no client holds them.
 *
 * @example planSearch("8 (495) 123-45-67") // { keys: [{ kind: "phone", value: "+74951234567" }], name: "8 495 123 45 67" }
 */
export function planSearch(text: string): SearchPlan {
  const name = normalizeCompanyName(text);
  const raw = text.trim();
  const keys: ExactKey[] = [];
  if (raw.includes("@")) {
    const email = normalizeEmail(raw);
    if (email.ok) keys.push({ kind: "email", value: email.value });
    return { keys, name };
  }
  const inn = /^\d{10}$|^\d{12}$/.test(raw.replace(/\s+/g, "")) ? validateInn(raw) : null;
  if (inn?.ok) keys.push({ kind: "inn", value: inn.value });
  const phone =
    /^[\d\s()+\-.]+$/.test(raw) && raw.replace(/\D/g, "").length >= 7 ? normalizePhone(raw) : null;
  if (phone?.ok) keys.push({ kind: "phone", value: phone.value });
  const domain = /^[\x21-\x7e]+\.[a-z]{2,}\S*$/i.test(raw) ? websiteDomain(raw) : null;
  if (domain?.ok && !isFreeMailDomain(domain.value)) keys.push({ kind: "domain", value: domain.value });
  return { keys, name };
}
