/**
 * The key a plugin's router is mounted under in the app router: its id in camelCase. Mirrors
 * `routerKey` of `@quartet/core/plugin`, kept here so the design system stays free of server code.
 *
 * @example routerKeyOf("first-sale") // "firstSale"
 */
export function routerKeyOf(pluginId: string): string {
  return pluginId.replace(/-([a-z0-9])/g, (_, ch: string) => ch.toUpperCase());
}
