import type { AnyPlugin } from "./define-plugin.ts";

/**
 * The smallest manifest `AnyPlugin` allows — no router, tables, events or settings — with
 * `overrides` on top: what a test of the registry or the host starts from.
 *
 * @example validateOne(minimalManifest("referrals", { version: "banana" })) // throws
 */
export function minimalManifest(id: string, overrides: Partial<AnyPlugin> = {}): AnyPlugin {
  return {
    id,
    function: null,
    name: { en: id, ru: id },
    description: { en: `The ${id} plugin`, ru: `Модуль ${id}` },
    version: "1.0.0",
    dependsOn: [],
    permissions: [],
    events: { emits: [], consumes: [] },
    router: undefined,
    ...overrides,
  };
}
