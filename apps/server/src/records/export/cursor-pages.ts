/** One page of a list read by cursor, as the list services answer. */
export type CursorPage<T> = { items: readonly T[]; nextCursor: string | null };

/**
 * Every row of a cursor-paged list, one page in memory at a time: `read` is called with no
 * cursor, then with each page's `nextCursor` until there is none.
 *
 * @example cursorPages((cursor) => listHandoffs({ ctx, input: { ...filters, cursor, limit: 200 } }))
 */
export async function* cursorPages<T>(
  read: (cursor: string | undefined) => Promise<CursorPage<T>>,
): AsyncGenerator<T> {
  let cursor: string | undefined;
  for (;;) {
    const page = await read(cursor);
    yield* page.items;
    if (!page.nextCursor) return;
    cursor = page.nextCursor;
  }
}
