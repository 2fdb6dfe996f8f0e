import { DomainError } from "@quartet/core";
import { m } from "../contracts/messages.ts";

/** Why an expansion deal was lost; `other` needs a note. */
export const lostReasons = ["price", "competitor", "no-budget", "no-need", "timing", "other"] as const;

/** One reason an expansion deal was lost. */
export type LostReason = (typeof lostReasons)[number];

/**
 * The note kept with a lost reason: trimmed, null when empty. `other` says nothing by itself, so
 * it needs a note (`BAD_INPUT` naming `note`).
 *
 * @example lostNote("other", "  переехали ") // "переехали"
 */
export function lostNote(reason: LostReason, note: string | null | undefined): string | null {
  const text = note?.trim() || null;
  if (reason === "other" && !text) {
    throw new DomainError("BAD_INPUT", m.lostNoteOther, {
      fields: { note: m.lostNote },
    });
  }
  return text;
}
