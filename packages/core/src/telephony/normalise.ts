import { normalizePhone } from "../clients/contacts.ts";
import type { CallDisposition } from "./types.ts";

/**
 * A number from a PBX notification in E.164: read the Russian way first (`84951234567`,
 * `74951234567`), then as an international number without its `+` (`442071234567`, as PBXs
 * send them); anything else (an extension `100`, `anonymous`) stays as sent, trimmed; empty is null.
 *
 * @example callNumber("74951234567") // "+74951234567"
 * @example callNumber("100") // "100"
 */
export function callNumber(raw: string | null | undefined): string | null {
  const text = raw?.trim() ?? "";
  if (text === "") return null;
  const local = normalizePhone(text);
  if (local.ok) return local.value;
  const digits = text.replace(/\D/g, "");
  if (digits.length >= 11 && /^[\d\s()+-]+$/.test(text)) {
    const international = normalizePhone(`+${digits}`);
    if (international.ok) return international.value;
  }
  return text;
}

/** True when a number is in E.164 (what clients' phone keys hold). */
export const isE164 = (value: string | null): value is string =>
  value !== null && /^\+[1-9]\d{6,14}$/.test(value);

/**
 * A provider's disposition word in the port's terms through the adapter's table (keys
 * lower-case); a word the table does not know is `failed`, so a new provider status never
 * reads as a conversation.
 *
 * @example dispositionOf("NO ANSWER", { "no answer": "no-answer" }) // "no-answer"
 */
export function dispositionOf(
  raw: string | null | undefined,
  table: Readonly<Record<string, CallDisposition>>,
): CallDisposition | null {
  const word = raw?.trim().toLowerCase() ?? "";
  if (word === "") return null;
  return Object.hasOwn(table, word) ? (table[word] as CallDisposition) : "failed";
}

/** Whole seconds from a provider's field; missing, negative or not a number is null. */
export function secondsOf(raw: string | number | null | undefined): number | null {
  const value = typeof raw === "number" ? raw : Number.parseInt(raw ?? "", 10);
  return Number.isFinite(value) && value >= 0 ? Math.trunc(value) : null;
}

/** How a logged call reads on the timeline (the results a person picks) for a PBX disposition. */
export function callResultOf(disposition: CallDisposition | null): "reached" | "no-answer" | "busy" {
  if (disposition === "answered") return "reached";
  if (disposition === "busy") return "busy";
  return "no-answer";
}
