import type { ServiceContext } from "@quartet/core";
import { pbxConnection } from "./connection.ts";
import { extensionOf } from "./extensions.ts";

/**
 * Whether the current member can dial through the PBX: the organisation has one connected and the
 * member an extension. Screens show «Позвонить» through `core.telephony.startCall` when it is true,
 * a plain `tel:` link otherwise.
 *
 * @example await dialerOf(ctx) // { available: true, extension: "101" }
 */
export async function dialerOf(
  ctx: ServiceContext,
): Promise<{ available: boolean; extension: string | null }> {
  const pbx = await pbxConnection(ctx.org.db);
  if (!pbx) return { available: false, extension: null };
  const extension = await extensionOf(ctx, ctx.actor.id);
  return { available: extension !== null, extension };
}
