import { randomBytes } from "node:crypto";
import {
  cleanText,
  DomainError,
  type Locale,
  telephonyMessages as m,
  type ServiceContext,
} from "@quartet/core";
import { zodFieldRefs } from "@quartet/core/trpc";
import { telephonySettings } from "@quartet/db/org";
import { z } from "zod";
import { maskSecrets, mergeSecrets } from "../host/settings.ts";
import { telephonyAdapters, telephonyHookOwner } from "./adapters.ts";
import { pbxRowId, storedPbx } from "./connection.ts";
import { telephonySettingsView } from "./settings-view.ts";

/** The PBX to connect: an adapter id and its settings (a masked secret sent back keeps the stored one). */
export const saveTelephonySettingsInput = z.object({
  adapter: cleanText(40).min(1, m.chooseAdapter),
  settings: z.record(z.string(), z.unknown()),
});

/**
 * Connects the organisation's PBX or changes its keys. The settings pass the adapter's schema
 * (refused naming each field, nothing written); the notification key is made once and
 * registered like plugins' public keys, so the address stays the same across changes.
 */
export async function saveTelephonySettings(
  ctx: ServiceContext,
  input: z.output<typeof saveTelephonySettingsInput>,
  locale: Locale,
) {
  const adapter = telephonyAdapters.get(input.adapter);
  if (!adapter) {
    throw new DomainError("BAD_INPUT", m.unknownAdapter, { fields: { adapter: m.chooseAdapter } });
  }
  const stored = await storedPbx(ctx.org.db);
  const previous = stored?.adapter === adapter.id ? stored.settings : {};
  const parsed = adapter.settings.safeParse(mergeSecrets(adapter, input.settings, previous));
  if (!parsed.success) {
    const fields = Object.fromEntries(
      Object.entries(zodFieldRefs(parsed.error)).map(([field, ref]) => [`settings.${field}`, ref]),
    );
    throw new DomainError("BAD_INPUT", m.settingsInvalid, { fields });
  }
  const hookKey = stored?.hookKey ?? randomBytes(24).toString("base64url");
  await ctx.org.hookKeys.register(telephonyHookOwner, hookKey);
  const now = ctx.clock.now();
  const row = {
    id: pbxRowId,
    adapter: adapter.id,
    settings: parsed.data as Record<string, unknown>,
    hookKey,
    updatedBy: ctx.actor.id,
    updatedAt: now,
  };
  await ctx.org.write(ctx.actor, async (scope) => {
    await scope.tx
      .insert(telephonySettings)
      .values(row)
      .onConflictDoUpdate({ target: telephonySettings.id, set: row });
    await scope.audit({
      action: "core.telephony.settings.save",
      entity: "telephony",
      entityId: pbxRowId,
      after: { adapter: adapter.id, settings: maskSecrets(adapter, row.settings) },
    });
  });
  return telephonySettingsView(row, locale);
}
