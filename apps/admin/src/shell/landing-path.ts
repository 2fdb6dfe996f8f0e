/**
 * Where a user lands when the health page is not for them (a caller): the first page the
 * navigation offers them, or null when it offers none.
 *
 * @example landingPath([{ entry: { path: "/calls" } }]) // "/calls"
 */
export function landingPath(items: readonly { entry: { path: string } }[]): string | null {
  return items.find((item) => item.entry.path !== "/")?.entry.path ?? null;
}
