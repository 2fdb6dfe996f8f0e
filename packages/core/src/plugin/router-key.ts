/** `first-sale` → `firstSale`: the key a plugin's router mounts under in the app router. */
export type RouterKey<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<RouterKey<Tail>>}`
  : S;

/**
 * The router key of a plugin id at run time. The key a procedure is called under names the plugin
 * that registered it — the one whose settings it receives.
 *
 * @example routerKey("first-sale") // "firstSale"
 */
export function routerKey(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_, ch: string) => ch.toUpperCase());
}
