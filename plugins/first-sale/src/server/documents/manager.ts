import type { DocumentDraft } from "@quartet/core";
import { type FirstSaleContext, recordsOf } from "../context.ts";

/**
 * The deal's hunter as the manager a proposal names (their name and email), or nothing when the
 * deal has no hunter or they left — core then names the member who issues it.
 */
export async function managerOf(
  ctx: FirstSaleContext,
  hunterId: string | null,
): Promise<Pick<DocumentDraft, "manager">> {
  if (!hunterId) return {};
  const hunter = (await recordsOf(ctx).people.members()).find((m) => m.userId === hunterId);
  return hunter ? { manager: { fullName: hunter.name, email: hunter.email } } : {};
}
