/** Ids per `IN (…)` list: well under SQLite's bound-variable limit. */
const chunkSize = 500;

/**
 * Runs `read` once for all rows when `ids` is absent, else once per chunk of ids, and joins
 * the results: bulk reads stay inside the engine's bound-variable limit.
 *
 * @example chunked(filter.clientIds, (ids) => rowsOf(db, ids))
 */
export async function chunked<T>(
  ids: readonly string[] | undefined,
  read: (ids: readonly string[] | undefined) => Promise<T[]>,
): Promise<T[]> {
  if (!ids) return read(undefined);
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += chunkSize) out.push(...(await read(ids.slice(i, i + chunkSize))));
  return out;
}
