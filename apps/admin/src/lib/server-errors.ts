import type { ServerFailure } from "@quartet/ui/pure";

export { failureOf, type ServerFailure } from "@quartet/ui/pure";

/** The string list a failure's details hold under `key` (e.g. the dependents that block a disable), or null. */
export function detailList(failure: ServerFailure, key: string): string[] | null {
  const value = failure.details[key];
  return Array.isArray(value) && value.every((item) => typeof item === "string") ? value : null;
}

/**
 * Maps the server's field paths onto a form's fields: `{ "settings.limit": … }` with prefix
 * `"settings"` becomes `{ limit: … }`; paths outside the prefix are dropped.
 */
export function fieldsUnder(fields: Record<string, string>, prefix: string): Record<string, string> {
  const head = `${prefix}.`;
  return Object.fromEntries(
    Object.entries(fields)
      .filter(([path]) => path.startsWith(head))
      .map(([path, message]) => [path.slice(head.length), message]),
  );
}
