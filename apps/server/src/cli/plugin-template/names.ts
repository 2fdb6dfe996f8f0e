import { isSalesFunction, type SalesFunction } from "@quartet/core";
import { routerKey, tablePrefixOf } from "@quartet/core/plugin";

/** Everything the templates derive from a plugin id: `loyalty` → table prefix `loyalty_`, router key `loyalty`, … */
export type PluginNames = {
  /** The plugin id, kebab-case: `gift-cards`. */
  id: string;
  /** Its tables' prefix: `gift_cards_`. */
  prefix: string;
  /** Its router key and the stem of its identifiers: `giftCards`. */
  key: string;
  /** The stem of its type names: `GiftCards`. */
  pascal: string;
  /** Its name until the author words it: `Gift cards`. */
  title: string;
  /** Its package: `@quartet/gift-cards`. */
  packageName: string;
  /** The leg it serves, or null. */
  function: SalesFunction | null;
};

const idPattern = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** Ids a new plugin may not take besides the installed ones: core's and the built-in legs'. */
export const reservedIds = [
  "core",
  "prospecting",
  "first-sale",
  "farming",
  "vip",
  "quartet",
  "admin",
  "server",
] as const;

/**
 * The names of a new plugin, or why the id (or function) cannot be used: the pattern, a reserved or
 * taken id, a router key another plugin has.
 *
 * @example pluginNames("loyalty", "farming", []) // { ok: true, names: { prefix: "loyalty_", key: "loyalty", … } }
 */
export function pluginNames(
  id: string,
  fn: string | undefined,
  taken: readonly string[],
): { ok: true; names: PluginNames } | { ok: false; problem: string } {
  if (!idPattern.test(id) || id.length > 40) {
    return {
      ok: false,
      problem: `"${id}" is not a plugin id: lower-case letters and digits in words joined by "-", starting with a letter, at most 40 characters (e.g. loyalty, gift-cards)`,
    };
  }
  if ((reservedIds as readonly string[]).includes(id))
    return { ok: false, problem: `"${id}" is reserved: choose another id` };
  const key = routerKey(id);
  const clash = taken.find((other) => other === id || routerKey(other) === key);
  if (clash) return { ok: false, problem: `"${id}" is taken: the plugin "${clash}" is installed` };
  if (fn !== undefined && !isSalesFunction(fn)) {
    return {
      ok: false,
      problem: `--function must be one of prospecting, first-sale, farming, vip (got "${fn}")`,
    };
  }
  const words = id.split("-");
  return {
    ok: true,
    names: {
      id,
      prefix: tablePrefixOf(id),
      key,
      pascal: words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(""),
      title: [words[0]?.charAt(0).toUpperCase() + (words[0]?.slice(1) ?? ""), ...words.slice(1)].join(" "),
      packageName: `@quartet/${id}`,
      function: fn === undefined ? null : fn,
    },
  };
}
