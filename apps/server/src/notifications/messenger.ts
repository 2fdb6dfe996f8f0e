import { type ServiceContext, type StaffMessenger, systemActor } from "@quartet/core";
import type { NotificationsDeps } from "./deps.ts";

/** The staff messenger an enabled plugin provides in an organisation, with the context to call it in. */
export type ConnectedMessenger = { messenger: StaffMessenger; ctx: ServiceContext; available: boolean };

/**
 * Finds the enabled plugin that provides the Telegram staff messenger (prospecting, through the
 * organisation's bot) and asks whether it can send now; null when no enabled plugin provides one.
 */
export async function telegramMessenger(
  deps: NotificationsDeps,
  orgId: string,
): Promise<ConnectedMessenger | null> {
  const enabled = await deps.enabledIds(orgId);
  const plugin = deps.plugins.find((p) => p.staffMessenger?.channel === "telegram" && enabled.has(p.id));
  if (!plugin?.staffMessenger) return null;
  const ctx = deps.serviceContext({
    org: await deps.runtime(orgId),
    actor: systemActor,
    clock: deps.clock,
    logger: deps.logger.child({ org: orgId, plugin: plugin.id }),
    settings: await deps.settingsOf(orgId, plugin.id),
  });
  const messenger = plugin.staffMessenger as StaffMessenger;
  return { messenger, ctx, available: await messenger.available(ctx) };
}
