/**
 * A path with the given query parameters, leaving out empty ones.
 *
 * @example withQuery("/sign-up", { next: "/team", email: "" }) // "/sign-up?next=%2Fteam"
 */
export function withQuery(path: string, params: Record<string, string | string[] | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    const single = Array.isArray(value) ? value[0] : value;
    if (single) query.set(key, single);
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
