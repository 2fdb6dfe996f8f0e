import type { Locale } from "@quartet/core";
import { z } from "zod";
import { maskSecrets } from "../host/settings.ts";
import { telephonyAdapters, telephonyHookOwner } from "./adapters.ts";
import type { storedPbx } from "./connection.ts";

/** What the telephony settings page reads: the adapters on offer, the connected one with its secrets masked, the notification path. */
export type TelephonySettingsView = {
  /** Each adapter with the JSON schema of its settings (labels in ru/en, as the functions page's generated forms read them). */
  adapters: { id: string; name: string; settingsSchema: unknown; secretSettings: string[] }[];
  adapter: string | null;
  settings: Record<string, unknown> | null;
  /** Where the provider posts notifications (append to the server's public address), null until connected. */
  notificationPath: string | null;
};

/** The view of the stored row (undefined: no PBX yet) in the viewer's language. */
export function telephonySettingsView(
  row: Awaited<ReturnType<typeof storedPbx>>,
  locale: Locale,
): TelephonySettingsView {
  const adapter = row ? telephonyAdapters.get(row.adapter) : undefined;
  return {
    adapters: [...telephonyAdapters.values()].map((a) => ({
      id: a.id,
      name: a.name[locale],
      settingsSchema: z.toJSONSchema(a.settings, { io: "input", unrepresentable: "any" }),
      secretSettings: [...a.secretSettings],
    })),
    adapter: row?.adapter ?? null,
    settings: row && adapter ? (maskSecrets(adapter, row.settings) as Record<string, unknown>) : null,
    notificationPath: row ? notificationPath(row.hookKey, row.adapter) : null,
  };
}

/** `/hooks/telephony/<key>/<adapter>`: the public address a provider posts its notifications to. */
export const notificationPath = (hookKey: string, adapter: string): string =>
  `/hooks/${telephonyHookOwner}/${hookKey}/${adapter}`;
