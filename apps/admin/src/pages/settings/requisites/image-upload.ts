import { localeHeader, orgHeader } from "../../../lib/trpc.ts";

/** Where an organisation's logo, signature or stamp is served, changed with each save so a preview reloads. */
export function imageUrl(kind: string, savedAt: number): string {
  return `/api/v1/requisites/images/${kind}?v=${savedAt}`;
}

/**
 * Puts (a file) or deletes (`null`) an image of the requisites; answers `null` or the server's
 * refusal, already worded in `locale`.
 */
export async function sendImage(
  kind: string,
  file: Blob | null,
  context: { orgId: string | null; locale: string },
): Promise<string | null> {
  const response = await fetch(`/api/v1/requisites/images/${kind}`, {
    method: file ? "PUT" : "DELETE",
    body: file,
    credentials: "include",
    headers: {
      "content-type": file?.type || "application/octet-stream",
      [localeHeader]: context.locale,
      ...(context.orgId ? { [orgHeader]: context.orgId } : {}),
    },
  });
  if (response.ok) return null;
  const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  return body?.error?.message ?? String(response.status);
}
