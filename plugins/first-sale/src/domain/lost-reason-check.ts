import { DomainError, type Locale } from "@quartet/core";
import type { LostReason } from "../contracts/lost-reasons.ts";

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
  locale: Locale = "en",
): LostReason {
  const choices = reasons.map((r) => `${r.key} (${r.label[locale]})`).join(", ");
  const wanted = key?.trim();
  if (!wanted) {
    throw new DomainError("BAD_INPUT", `A lost deal needs a reason: give \`reason\`, one of ${choices}`, {
      fields: { reason: `Choose why the deal was lost: ${choices}` },
    });
  }
  const reason = reasons.find((r) => r.key === wanted);
  if (!reason) {
    throw new DomainError(
      "BAD_INPUT",
      `Unknown lost reason "${wanted}": \`reason\` must be one of ${choices}`,
      {
        fields: { reason: `Unknown reason "${wanted}"; choose one of ${choices}` },
      },
    );
  }
  if (reason.requiresNote && !note?.trim()) {
    throw new DomainError("BAD_INPUT", `The reason "${reason.label[locale]}" needs a note`, {
      fields: { note: "Explain in a few words why the deal was lost" },
    });
  }
  return reason;
}
