import type { AnyPlugin } from "../plugin/define-plugin.ts";

/**
 * One installed plugin: where its server half and its admin half (if it has a UI) load from.
 * Lazy imports, so the server never loads admin code and the admin build leaves the server
 * half out (`apps/admin`'s Vite config), while both stay typed.
 *
 * @example { server: () => import("@acme/quartet-referrals/server"), admin: () => import("@acme/quartet-referrals/admin") }
 */
export type InstalledPlugin = {
  readonly server: () => Promise<{ readonly default: AnyPlugin }>;
  readonly admin?: () => Promise<{ readonly default: unknown }>;
};

/** `quartet.config.ts`: the plugins this installation of Quartet installs, in sidebar order. */
export type QuartetConfig = { readonly plugins: readonly InstalledPlugin[] };

/**
 * Declares an installation's configuration, keeping the exact plugin tuple for the typed
 * `AppRouter`. Installing a plugin is adding its package and one line here.
 */
export function defineConfig<const C extends QuartetConfig>(config: C): C {
  return config;
}

/** The manifest an entry's server half gives. */
export type ServerHalfOf<E> = E extends { server: () => Promise<{ default: infer P }> } ? P : never;

/** The manifests of a tuple of entries (a homomorphic mapping over the tuple keeps it a tuple). */
type ServerHalves<T extends readonly unknown[]> = { readonly [K in keyof T]: ServerHalfOf<T[K]> };

/** The server manifests a configuration installs, as a typed tuple in its order. */
export type InstalledServerPlugins<C extends QuartetConfig> = ServerHalves<C["plugins"]>;
