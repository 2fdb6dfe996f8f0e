import { type Component, For, type JSX } from "solid-js";

/** Props every icon takes; icons are decorative (aria-hidden) and follow `currentColor`. */
export type IconProps = { class?: string; size?: number };

/** An icon component, as nav entries and empty states take them. */
export type Icon = Component<IconProps>;

function icon(paths: readonly string[]): Icon {
  return (props: IconProps): JSX.Element => (
    <svg
      class={props.class}
      width={props.size ?? 16}
      height={props.size ?? 16}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width="1.8"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
    >
      <For each={paths}>{(d) => <path d={d} />}</For>
    </svg>
  );
}

/** A pulse line: status and health. */
export const IconActivity = icon(["M22 12h-4l-3 9L9 3l-3 9H2"]);
/** Three lines: opens the navigation on narrow screens. */
export const IconMenu = icon(["M4 6h16", "M4 12h16", "M4 18h16"]);
/** A cross: closes. */
export const IconClose = icon(["M18 6 6 18", "M6 6l12 12"]);
/** A warning triangle: errors. */
export const IconAlert = icon([
  "M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z",
  "M12 9v4",
  "M12 17h.01",
]);
/** A circular arrow: refresh. */
export const IconRefresh = icon(["M21 12a9 9 0 1 1-2.64-6.36L21 8", "M21 3v5h-5"]);
/** A box: plugins. */
export const IconPackage = icon(["M21 8 12 3 3 8v8l9 5 9-5z", "M3 8l9 5 9-5", "M12 13v8"]);
/** A compass needle: a page that is not there. */
export const IconCompass = icon(["M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18z", "m15.5 8.5-2 5-5 2 2-5z"]);
