import { type KnownMessage, messageKey } from "../i18n/message-key.ts";
import type { ServerFailure } from "./server-failure.ts";

/** The key a refusal falls back to by its tRPC code; every plugin's `errors` dictionary has these. */
const byCode: Record<string, string> = {
  FORBIDDEN: "forbidden",
  NOT_FOUND: "notFound",
  CONFLICT: "conflict",
  BAD_REQUEST: "badInput",
  PRECONDITION_FAILED: "precondition",
  UNAUTHORIZED: "signedOut",
  TOO_MANY_REQUESTS: "tooMany",
};

/**
 * Which message of a plugin's `errors` dictionary says what the server refused: a known message
 * (or field message), else a key per tRPC code (`forbidden`, `notFound`, `conflict`, `badInput`,
 * `precondition`, `signedOut`, `tooMany`, `unknown`); `offline` when the server was not reached.
 *
 * @example failureKey(failureOf(error), known) // { key: "dealLost" }
 */
export function failureKey(
  failure: ServerFailure,
  known: readonly KnownMessage[],
): { key: string; params?: Record<string, string> } {
  if (failure.code === null) return { key: "offline" };
  for (const message of [failure.message, ...Object.values(failure.fields)]) {
    const found = messageKey(known, message);
    if (found) return found;
  }
  return { key: byCode[failure.code] ?? "unknown" };
}
