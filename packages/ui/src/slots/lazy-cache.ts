import { type Component, lazy } from "solid-js";
import type { LazyComponent } from "./types.ts";

const cache = new WeakMap<LazyComponent<never>, Component<never>>();

/** One Solid `lazy` component per loader, so a widget's code is fetched once per page. */
export function lazyOnce<P extends object>(loader: LazyComponent<P>): Component<P> {
  const key = loader as unknown as LazyComponent<never>;
  let component = cache.get(key);
  if (!component) {
    component = lazy(loader) as unknown as Component<never>;
    cache.set(key, component);
  }
  return component as unknown as Component<P>;
}

/** Drops a loader's cached component (a failed import stays failed otherwise), so a retry fetches anew. */
export function forgetLazy<P extends object>(loader: LazyComponent<P>): void {
  cache.delete(loader as unknown as LazyComponent<never>);
}
