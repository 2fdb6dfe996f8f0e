import type { InstallationStore } from "../host/installations.ts";

/**
 * Where an organisation's registry token lives: core has no table of organisation settings yet, so
 * it rides a reserved row of `plugin_installations` in the control database (`core.registry`, never
 * "enabled", so no plugin list, gate or migration sees it). The token never leaves the server.
 */
export const registrySettingsId = "core.registry";

/** Reads and writes the organisation's registry token. */
export function createRegistryTokenStore(installations: InstallationStore) {
  return {
    async token(orgId: string): Promise<string | null> {
      const settings = (await installations.get(orgId, registrySettingsId))?.settings;
      const token = (settings as { token?: unknown } | undefined)?.token;
      return typeof token === "string" && token !== "" ? token : null;
    },
    /** Stores the token; an empty one removes it. */
    async setToken(orgId: string, token: string): Promise<void> {
      if (token === "") return installations.remove(orgId, registrySettingsId);
      await installations.put(orgId, registrySettingsId, {
        state: "disabled",
        version: "1",
        settings: { token },
      });
    },
  };
}

/** The token store's type. */
export type RegistryTokenStore = ReturnType<typeof createRegistryTokenStore>;
