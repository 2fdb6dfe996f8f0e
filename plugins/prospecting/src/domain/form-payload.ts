import { type FieldMessages, inputMessages, msg, normalizeEmail, normalizePhone } from "@quartet/core";
import { m } from "../contracts/messages.ts";
import type { FormDefinition } from "./form-definition.ts";

/** A form post after validation: the contact to answer, the message, every field, tracking. */
export type FormSubmission = {
  contact: { name: string | null; company: string | null; phone: string | null; email: string | null };
  message: string | null;
  fields: Record<string, string>;
  utm: Record<string, string>;
  page: string | null;
  consent: boolean;
};

/** Why a post was refused: a bot filled the honeypot, or fields are wrong. */
export type FormRefusal = { reason: "honeypot" } | { reason: "invalid"; fields: FieldMessages };

const maxLength = { text: 500, email: 254, phone: 40, textarea: 4000 } as const;
const utmKeys = ["utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content"] as const;
const yes = new Set(["on", "true", "1", "yes", "да"]);

/**
 * Checks a post (JSON or form-encoded, already parsed to key → value) against the form: the
 * honeypot empty, required fields present, emails and phones valid (normalized), lengths within
 * limits, consent given when the form asks for it. Unknown keys are dropped.
 *
 * @example validateFormPayload(form, { name: "Иван", phone: "8 912 345-67-89", consent: "on" })
 */
export function validateFormPayload(
  form: FormDefinition,
  payload: Record<string, unknown>,
): { ok: true; value: FormSubmission } | ({ ok: false } & FormRefusal) {
  if (text(payload[form.honeypotField]) !== "") return { ok: false, reason: "honeypot" };
  const errors: FieldMessages = {};
  const out: FormSubmission = {
    contact: { name: null, company: null, phone: null, email: null },
    message: null,
    fields: {},
    utm: {},
    page: clip(text(payload.page), 1000) || null,
    consent: yes.has(text(payload.consent).toLowerCase()),
  };
  for (const field of form.fields) {
    const raw = payload[field.key];
    if (raw !== undefined && raw !== null && typeof raw === "object" && !Array.isArray(raw)) {
      errors[field.key] = m.sendText;
      continue;
    }
    const value = text(raw).trim();
    if (value === "") {
      if (field.required) errors[field.key] = m.required;
      continue;
    }
    const maximum = maxLength[field.type];
    if (value.length > maximum) {
      errors[field.key] = msg(inputMessages.maxChars, { maximum, count: maximum });
      continue;
    }
    const normalized = normalize(field.type, value);
    if (normalized === null) {
      errors[field.key] = field.type === "email" ? m.notEmail : m.notPhone;
      continue;
    }
    out.fields[field.key] = normalized;
    if (field.type === "email") out.contact.email ??= normalized;
    if (field.type === "phone") out.contact.phone ??= normalized;
    if (field.role === "name") out.contact.name ??= normalized;
    if (field.role === "company") out.contact.company ??= normalized;
    if (field.role === "message") out.message ??= normalized;
  }
  if (form.consentRequired && !out.consent) errors.consent = m.consentRequired;
  for (const key of utmKeys) {
    const value = clip(text(payload[key]).trim(), 200);
    if (value) out.utm[key] = value;
  }
  const referrer = clip(text(payload.referrer).trim(), 1000);
  if (referrer) out.utm.referrer = referrer;
  if (Object.keys(errors).length > 0) return { ok: false, reason: "invalid", fields: errors };
  return { ok: true, value: out };
}

function normalize(type: keyof typeof maxLength, value: string): string | null {
  if (type === "email") {
    const result = normalizeEmail(value);
    return result.ok ? result.value : null;
  }
  if (type === "phone") {
    const result = normalizePhone(value);
    return result.ok ? result.value : null;
  }
  return value;
}

// Form-encoded posts may repeat a key; the first value counts. Numbers and booleans become text.
function text(value: unknown): string {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === "string") return first;
  if (typeof first === "number" || typeof first === "boolean") return String(first);
  return "";
}

function clip(value: string, max: number): string {
  return value.length > max ? value.slice(0, max) : value;
}
