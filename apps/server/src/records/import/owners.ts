import type { ImportDeps } from "./deps.ts";

/**
 * Resolves the «Ответственный» cell to a member's user id, by e-mail or by full name (any case,
 * `ё` = `е`); an unknown name leaves the client without an owner rather than failing the row.
 */
export async function ownerResolver(
  deps: ImportDeps,
  orgId: string,
): Promise<(cell: string | null) => string | null> {
  const byKey = new Map<string, string>();
  for (const member of await deps.members(orgId)) {
    byKey.set(key(member.email), member.userId);
    if (!byKey.has(key(member.name))) byKey.set(key(member.name), member.userId);
  }
  return (cell) => (cell ? (byKey.get(key(cell)) ?? null) : null);
}

function key(text: string): string {
  return text.trim().toLowerCase().replaceAll("ё", "е").replace(/\s+/g, " ");
}
