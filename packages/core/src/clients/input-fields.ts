import { type ZodError, z } from "zod";
import { clientMessages } from "../messages/catalogs/clients.ts";
import { cleanText } from "../text/text-fields.ts";
import { normalizeEmail, normalizePhone, websiteDomain } from "./contacts.ts";
import { checkTaxId } from "./tax-id-messages.ts";

type Ctx = z.RefinementCtx;

// A custom issue with a stable code for the i18n layer: `params.code`, e.g. "inn.checksum".
function fail(ctx: Ctx, code: string, message: string, path: (string | number)[] = []): typeof z.NEVER {
  ctx.addIssue({ code: "custom", message, params: { code }, path });
  return z.NEVER;
}

/** An optional one-line text under the input policy, trimmed; empty or missing becomes `null`. */
export { optionalText } from "../text/text-fields.ts";

/**
 * An optional INN, KPP or OGRN: spaces dropped, checked; the issue code is `<kind>.<reason>`
 * (`inn.zeros`, `ogrn.checksum`, see `TaxIdReason`), its message the real reason.
 */
export function taxIdField(kind: "inn" | "kpp" | "ogrn") {
  return z
    .string()
    .nullish()
    .transform((raw, ctx): string | null => {
      if (!raw?.trim()) return null;
      const result = checkTaxId(kind, raw);
      return result.ok ? result.value : fail(ctx, `${kind}.${result.reason}`, result.message);
    });
}

/** A list of phones, each normalized to E.164 (issue `phone.invalid` at its index); blanks dropped, repeats merged. */
export const phonesField = z
  .array(z.string())
  .max(20, clientMessages.phonesMax)
  .default([])
  .transform((list, ctx) =>
    normalizeList(list, ctx, (raw) => normalizePhone(raw), "phone", clientMessages.phoneInvalid),
  );

/** A list of emails, each trimmed and lower-cased (issue `email.invalid` at its index); blanks dropped, repeats merged. */
export const emailsField = z
  .array(z.string())
  .max(20, clientMessages.emailsMax)
  .default([])
  .transform((list, ctx) => normalizeList(list, ctx, normalizeEmail, "email", clientMessages.emailInvalid));

/** A website reduced to its bare domain (`https://www.romashka.ru/x` → `romashka.ru`); issue `website.invalid`. */
export const websiteField = z
  .string()
  .nullish()
  .transform((raw, ctx): string | null => {
    const result = websiteDomain(raw ?? "");
    if (result.ok) return result.value;
    return result.reason === "empty" ? null : fail(ctx, "website.invalid", clientMessages.websiteInvalid);
  });

/** Up to 50 tags of up to 50 characters, trimmed; blanks dropped, repeats (any case) merged. */
export const tagsField = z
  .array(cleanText(50))
  .max(50, clientMessages.tagsMax)
  .default([])
  .transform((tags) => {
    const byKey = new Map<string, string>();
    for (const tag of tags)
      if (tag !== "" && !byKey.has(tag.toLowerCase())) byKey.set(tag.toLowerCase(), tag);
    return [...byKey.values()];
  });

/** The organisation's own fields: up to 100 keys of ≤ 64 characters, values a string (≤ 2000), number, boolean or null. */
export const customFieldsField = z
  .record(z.string().min(1).max(64), z.union([z.string().max(2000), z.number(), z.boolean(), z.null()]))
  .refine((record) => Object.keys(record).length <= 100, clientMessages.customFieldsMax)
  .default({});

function normalizeList(
  list: readonly string[],
  ctx: Ctx,
  normalize: (raw: string) => { ok: true; value: string } | { ok: false; reason: "empty" | "invalid" },
  kind: string,
  message: string,
): string[] {
  const out: string[] = [];
  list.forEach((raw, i) => {
    const result = normalize(raw);
    if (result.ok) out.push(result.value);
    else if (result.reason === "invalid") fail(ctx, `${kind}.invalid`, message, [i]);
  });
  return [...new Set(out)];
}

/**
 * Field path → stable issue code of a failed parse, for the i18n layer: our own codes
 * (`inn.checksum`, `phone.invalid` …) and zod's for the rest (`too_big`, `invalid_type` …).
 *
 * @example inputIssueCodes(error) // { "inn": "inn.checksum", "phones.1": "phone.invalid" }
 */
export function inputIssueCodes(error: ZodError): Record<string, string> {
  const codes: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || "(root)";
    const own = issue.code === "custom" ? issue.params?.code : undefined;
    codes[path] ??= typeof own === "string" ? own : issue.code;
  }
  return codes;
}
