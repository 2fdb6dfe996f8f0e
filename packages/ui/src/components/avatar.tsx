import type { JSX } from "solid-js";
import { initialsOf } from "./initials.ts";

const hues = [221, 160, 32, 262, 340, 190, 12, 130];

function hueOf(seed: string): number {
  let hash = 0;
  for (const char of seed) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return hues[hash % hues.length] ?? 221;
}

/**
 * A person's initials in a circle tinted by their name; decorative, the name sits beside it.
 *
 * @example <Avatar name="Анна Петрова" /> // «АП»
 */
export function Avatar(props: { name: string; seed?: string; size?: "sm" | "md" }): JSX.Element {
  return (
    <span
      class="q-avatar"
      data-size={props.size ?? "md"}
      style={{ "--q-avatar-hue": String(hueOf(props.seed ?? props.name)) }}
      aria-hidden="true"
    >
      {initialsOf(props.name)}
    </span>
  );
}
