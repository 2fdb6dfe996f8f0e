import { type Locale, type MessageRef, importMessages as m, wordRef } from "@quartet/core";
import type { ImportErrorKind } from "@quartet/db/org";

/** What a row of the error report is: a refused row, a duplicate, or a warning about a written one. */
export type RowErrorKind = ImportErrorKind;

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

/**
 * The kind of a row problem by its reason, decided once when the problem is found: the run stores it
 * in `core_import_errors.kind` (migration 0012 backfilled older rows with this same rule).
 *
 * @example rowErrorKind({ key: m.valueDropped, params: { … } }) // "warning"
 */
export function rowErrorKind(ref: MessageRef): RowErrorKind {
  return duplicateKeys.has(ref.key) ? "duplicate" : warningKeys.has(ref.key) ? "warning" : "refused";
}

/** A row problem as the dry run, the error list and the report CSV all give it. */
export type WordedRowError = { kind: RowErrorKind; kindText: string; code: string; message: string };

/**
 * Words a row problem in `locale`, with its kind (the stored one, else `rowErrorKind`) and a stable
 * code: the key of the reason (for a dropped value or a duplicate created anyway, the reason inside
 * it), so an API client can tell `core.clients.phoneInvalid` from `core.imports.placeholder` without
 * reading words. The dry run and the real run go through this one function, so they use the same words.
 *
 * @example wordRowError("ru", { key: m.valueDropped, params: { message: { key: m.placeholder } } })
 * // { kind: "warning", code: m.placeholder, message: "Не загружено, …: это заглушка, а не значение", … }
 */
export function wordRowError(
  locale: Locale,
  ref: MessageRef,
  kind: RowErrorKind = rowErrorKind(ref),
): WordedRowError {
  const inner = ref.params?.message;
  const code = typeof inner === "object" && inner !== null && "key" in inner ? String(inner.key) : ref.key;
  return { kind, kindText: wordRef(locale, { key: kindWords[kind] }), code, message: wordRef(locale, ref) };
}
