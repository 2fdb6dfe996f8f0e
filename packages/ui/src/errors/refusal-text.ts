import type { MessageRef, ServerFailure } from "./server-failure.ts";

/** The key of the server's summary of a failed input check («Проверьте данные — name: …»). */
const inputSummary = "core.input.invalidInput";

/**
 * A refusal in the viewer's words as the server sent them: an input check by its first field
 * message (its summary lists field paths), any other refusal by its message; null when the server
 * was not reached, which the caller words itself.
 *
 * @example showToast({ title: refusalText(failureOf(error)) ?? i18n.t("errors.offline"), tone: "error" })
 */
export function refusalText(failure: ServerFailure): string | null {
  if (failure.code === null) return null;
  const first = Object.values(failure.fields)[0];
  return (failure.messageKey === inputSummary && first) || failure.message;
}

/** A number field's refused bound: the side and the limit the server named. */
export type FieldBound = { side: "min" | "max"; limit: number };

const bounds: Record<string, { side: FieldBound["side"]; param: string }> = {
  "core.input.atLeast": { side: "min", param: "minimum" },
  "core.input.atMost": { side: "max", param: "maximum" },
};

/**
 * The bound a field's refusal names, read from its catalog key (`fieldKeys`), so a form can say
 * it in the unit the user types (a share's «at most 1» is 100 %); null for any other message.
 *
 * @example fieldBound({ key: "core.input.atMost", params: { maximum: 1 } }) // { side: "max", limit: 1 }
 */
export function fieldBound(ref: MessageRef | undefined): FieldBound | null {
  const bound = ref && bounds[ref.key];
  const limit = bound && ref.params[bound.param];
  return bound && typeof limit === "number" ? { side: bound.side, limit } : null;
}
