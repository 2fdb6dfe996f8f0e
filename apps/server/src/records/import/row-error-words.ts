import { type Locale, type MessageRef, importMessages as m, wordRef } from "@quartet/core";

/** What a row of the error report is: a refused row, a duplicate, or a warning about a created one. */
export type RowErrorKind = "refused" | "duplicate" | "warning";

const duplicateKeys = new Set<string>([
  m.alreadyInDatabase,
  m.matchesClient,
  m.repeatsEarlier,
  m.repeatsRow,
  m.createdAnyway,
  m.blanksFilled,
  m.contactAttached,
]);
const warningKeys = new Set<string>([
  m.valueDropped,
  m.registryOff,
  m.registryNotFound,
  m.registryUnavailable,
  m.registryTokenRefused,
]);
const kindWords: Record<RowErrorKind, string> = {
  refused: m.rowRefused,
  duplicate: m.rowDuplicate,
  warning: m.rowWarning,
};

/** A row problem as the dry run, the error list and the report CSV all give it. */
export type WordedRowError = { kind: RowErrorKind; kindText: string; code: string; message: string };

/**
 * Words a row problem in `locale`, with its kind and a stable code: the key of the reason (for a
 * dropped value or a duplicate created anyway, the reason inside it), so an API client can tell
 * `core.clients.phoneInvalid` from `core.imports.placeholder` without reading words. The dry run
 * and the real run go through this one function, so they use the same words.
 *
 * @example wordRowError("ru", { key: m.valueDropped, params: { message: { key: m.placeholder } } })
 * // { kind: "warning", code: m.placeholder, message: "Не загружено, …: это заглушка, а не значение", … }
 */
export function wordRowError(locale: Locale, ref: MessageRef): WordedRowError {
  const kind: RowErrorKind = duplicateKeys.has(ref.key)
    ? "duplicate"
    : warningKeys.has(ref.key)
      ? "warning"
      : "refused";
  const inner = ref.params?.message;
  const code = typeof inner === "object" && inner !== null && "key" in inner ? String(inner.key) : ref.key;
  return { kind, kindText: wordRef(locale, { key: kindWords[kind] }), code, message: wordRef(locale, ref) };
}
