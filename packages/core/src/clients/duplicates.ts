import type { CountryCode } from "libphonenumber-js";
import { emailDomain, normalizeEmail, normalizePhone, websiteDomain } from "./contacts.ts";
import { isFreeMailDomain } from "./free-mail.ts";
import { nameMatchThreshold, normalizeCompanyName, normalizedNameSimilarity } from "./names.ts";
import { validateInn } from "./tax-ids.ts";

/** A client's normalized matching keys: INN digits, E.164 phones, lower-case emails, company domains, normalized name. */
export type DedupKeys = {
  inn?: string | null;
  phones: string[];
  emails: string[];
  domains: string[];
  name: string;
};

/** Raw fields to build `DedupKeys` from: the client's and its contacts' phones, emails and websites. */
export type DedupInput = {
  name: string;
  inn?: string | null;
  phones?: readonly (string | null | undefined)[];
  emails?: readonly (string | null | undefined)[];
  websites?: readonly (string | null | undefined)[];
};

/** Why two clients look like one: the reasons, strongest first. */
export type DuplicateReason = "inn" | "phone" | "email" | "domain" | "name";

/** A possible duplicate: the existing record, why, and a 0..1 confidence to show. */
export type DuplicateMatch = { id: string; reasons: DuplicateReason[]; score: number };

/** One key a database index is queried with to fetch duplicate candidates. */
export type ExactKey = { kind: "inn" | "phone" | "email" | "domain"; value: string };

const weights: Record<Exclude<DuplicateReason, "name">, number> = {
  inn: 0.95,
  phone: 0.8,
  email: 0.8,
  domain: 0.5,
};
const tiers: Record<DuplicateReason, number> = { inn: 3, phone: 2, email: 2, domain: 1, name: 0 };

/**
 * The matching keys of raw fields. Invalid values are skipped, not refused (validation belongs to
 * the input schema); domains come from websites and from email addresses, free mail excluded.
 */
export function dedupKeysOf(input: DedupInput, defaultRegion: CountryCode = "RU"): DedupKeys {
  const inn = validateInn(input.inn ?? "");
  const phones = valid(input.phones, (raw) => normalizePhone(raw, defaultRegion));
  const emails = valid(input.emails, normalizeEmail);
  const domains = [...valid(input.websites, websiteDomain), ...emails.map(emailDomain)];
  return {
    inn: inn.ok ? inn.value : null,
    phones,
    emails,
    domains: unique(domains.filter((d) => !isFreeMailDomain(d))),
    name: normalizeCompanyName(input.name),
  };
}

/** The exact keys to look candidates up by — INN, phones, emails, company domains — without repeats. */
export function exactKeys(keys: DedupKeys): ExactKey[] {
  const out: ExactKey[] = keys.inn ? [{ kind: "inn", value: keys.inn }] : [];
  for (const value of unique(keys.phones)) out.push({ kind: "phone", value });
  for (const value of unique(keys.emails)) out.push({ kind: "email", value });
  for (const value of unique(keys.domains)) if (!isFreeMailDomain(value)) out.push({ kind: "domain", value });
  return out;
}

/**
 * The existing records that look like `subject`, strongest first: by the strongest reason
 * (INN, then phone or email, then domain, then a fuzzy name at or above `nameThreshold`), then
 * by score. The score combines the reasons (noisy-or: 0.95 INN, 0.8 phone, 0.8 email, 0.5
 * domain, 0.5 × similarity for a name). Records sharing nothing are left out.
 */
export function findDuplicates(
  subject: DedupKeys,
  existing: readonly { id: string; keys: DedupKeys }[],
  options: { nameThreshold?: number } = {},
): DuplicateMatch[] {
  const threshold = options.nameThreshold ?? nameMatchThreshold;
  const matches: (DuplicateMatch & { tier: number })[] = [];
  for (const { id, keys } of existing) {
    const reasons: DuplicateReason[] = [];
    let miss = 1;
    const hit = (reason: Exclude<DuplicateReason, "name">, yes: boolean) => {
      if (!yes) return;
      reasons.push(reason);
      miss *= 1 - weights[reason];
    };
    hit("inn", Boolean(subject.inn) && subject.inn === keys.inn);
    hit("phone", shares(subject.phones, keys.phones));
    hit("email", shares(subject.emails, keys.emails));
    hit("domain", shares(companyDomains(subject.domains), companyDomains(keys.domains)));
    const similarity = normalizedNameSimilarity(subject.name, keys.name);
    if (similarity >= threshold) {
      reasons.push("name");
      miss *= 1 - 0.5 * similarity;
    }
    if (reasons.length === 0) continue;
    const score = Math.round((1 - miss) * 1000) / 1000;
    matches.push({ id, reasons, score, tier: Math.max(...reasons.map((r) => tiers[r])) });
  }
  matches.sort((a, b) => b.tier - a.tier || b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return matches.map(({ id, reasons, score }) => ({ id, reasons, score }));
}

function valid(
  raw: readonly (string | null | undefined)[] | undefined,
  normalize: (raw: string) => { ok: true; value: string } | { ok: false },
): string[] {
  const out: string[] = [];
  for (const value of raw ?? []) {
    const result = value ? normalize(value) : null;
    if (result?.ok) out.push(result.value);
  }
  return unique(out);
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}

function companyDomains(domains: readonly string[]): string[] {
  return domains.filter((d) => !isFreeMailDomain(d));
}

function shares(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return b.some((value) => set.has(value));
}
