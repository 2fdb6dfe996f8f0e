import type { InstalledPlugins } from "#installation";

/**
 * Whether this build knows the installed plugins: `true` in this workspace (a tuple typed from its
 * `quartet.config.ts`), `false` in the published package (any plugin list).
 */
export type KnownInstallation = number extends InstalledPlugins["length"] ? false : true;

/**
 * A caller of the app router as code that names plugins' procedures sees it where the plugins are
 * not known: every router under it untyped. The calls are checked at run time by each procedure's
 * input schema, as any client's are.
 */
// biome-ignore lint/suspicious/noExplicitAny: the installed plugins' routers are unknown to a published build
export type UntypedPluginCaller = { readonly [router: string]: any };
