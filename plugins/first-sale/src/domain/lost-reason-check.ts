import { DomainError, msg } from "@quartet/core";
import type { LostReason } from "../contracts/lost-reasons.ts";
import { m } from "../contracts/messages.ts";

/**
 * The organisation's lost reason named by `key`, checked: a lost deal needs a reason from the list
 * (`BAD_INPUT` naming `reason`, listing the choices) and, for reasons that ask for it, a note
 * (`BAD_INPUT` naming `note`).
 *
 * @example checkLostReason(defaultLostReasons, "price", null) // { key: "price", … }
 */
export function checkLostReason(
  reasons: readonly LostReason[],
  key: string | null | undefined,
  note: string | null | undefined,
): LostReason {
  // An API client needs the keys to send back; a person reads the labels alone.
  const choices = {
    en: reasons.map((r) => `${r.key} (${r.label.en})`).join(", "),
    ru: reasons.map((r) => `«${r.label.ru}»`).join(", "),
  };
  const wanted = key?.trim();
  if (!wanted) {
    throw new DomainError("BAD_INPUT", m.lostNeedsReason, {
      params: { choices },
      fields: { reason: msg(m.chooseLostReason, { choices }) },
    });
  }
  const reason = reasons.find((r) => r.key === wanted);
  if (!reason) {
    throw new DomainError("BAD_INPUT", m.unknownLostReason, {
      params: { reason: wanted, choices },
      fields: { reason: msg(m.unknownReasonField, { reason: wanted, choices }) },
    });
  }
  if (reason.requiresNote && !note?.trim()) {
    throw new DomainError("BAD_INPUT", m.reasonNeedsNote, {
      params: { reason: reason.label },
      fields: { note: m.lostNote },
    });
  }
  return reason;
}
