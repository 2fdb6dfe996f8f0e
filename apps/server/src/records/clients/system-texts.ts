import {
  functionRef,
  type Locale,
  type MessageRef,
  type SalesFunction,
  timelineMessages as t,
  wordRef,
} from "@quartet/core";

/** The timeline text of a new responsible member (none: `name` null), as a key the reader words. */
export const ownerChangeRef = (fn: SalesFunction, name: string | null): MessageRef =>
  name === null
    ? { key: t.ownerNobody, params: { function: functionRef(fn) } }
    : { key: t.owner, params: { function: functionRef(fn), name } };

/**
 * The timeline text of a new responsible member in `locale`.
 *
 * @example ownerChangeText("ru", "farming", "Анна") // "Ответственный за «Развитие клиентов»: Анна"
 */
export const ownerChangeText = (locale: Locale, fn: SalesFunction, name: string | null): string =>
  wordRef(locale, ownerChangeRef(fn, name));

/** The timeline texts of a merge as keys: on the surviving client (`into`) and on the merged one (`from`). */
export const mergeRefs = (fromName: string, intoName: string) => ({
  into: { key: t.mergedWith, params: { name: fromName } } satisfies MessageRef,
  from: { key: t.mergedInto, params: { name: intoName } } satisfies MessageRef,
});

/** The timeline texts of a merge in `locale`. */
export function mergeTexts(locale: Locale, fromName: string, intoName: string) {
  const refs = mergeRefs(fromName, intoName);
  return { into: wordRef(locale, refs.into), from: wordRef(locale, refs.from) };
}
