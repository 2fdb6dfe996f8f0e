import { type Accessor, createEffect, createSignal, onCleanup } from "solid-js";

/** `source`'s value once it has stayed unchanged for `ms`: typing in a search box sends one request, not one per key. */
export function useDebounced<T>(source: Accessor<T>, ms: number): Accessor<T> {
  const [value, setValue] = createSignal<T>(source());
  createEffect(() => {
    const next = source();
    const timer = setTimeout(() => setValue(() => next), ms);
    onCleanup(() => clearTimeout(timer));
  });
  return value;
}
