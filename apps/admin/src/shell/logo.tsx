import type { JSX } from "solid-js";

/** Quartet's mark: four squares in the four functions' colours. Decorative; the name sits beside it. */
export function Logo(): JSX.Element {
  return (
    <svg class="logo" width="22" height="22" viewBox="0 0 22 22" aria-hidden="true">
      <rect x="1" y="1" width="9" height="9" rx="2.5" fill="var(--q-fn-prospecting)" />
      <rect x="12" y="1" width="9" height="9" rx="2.5" fill="var(--q-fn-first-sale)" />
      <rect x="1" y="12" width="9" height="9" rx="2.5" fill="var(--q-fn-farming)" />
      <rect x="12" y="12" width="9" height="9" rx="2.5" fill="var(--q-fn-vip)" />
    </svg>
  );
}
