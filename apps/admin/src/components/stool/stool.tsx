import { For, type JSX } from "solid-js";
import type { LegView } from "./leg-view.ts";

type Geometry = { top: [number, number]; foot: [number, number]; width: [number, number]; back: boolean };

/** Leg positions; feet sit at 12.5 %, 37.5 %, 62.5 % and 87.5 % of the width, under the legend's columns. */
const geometry: readonly Geometry[] = [
  { top: [122, 74], foot: [50, 232], width: [22, 13], back: false },
  { top: [174, 66], foot: [150, 204], width: [17, 10], back: true },
  { top: [226, 66], foot: [250, 204], width: [17, 10], back: true },
  { top: [278, 74], foot: [350, 232], width: [22, 13], back: false },
];

function legPoints(g: Geometry): string {
  const [x1, y1] = g.top;
  const [x2, y2] = g.foot;
  const [w1, w2] = g.width;
  return `${x1 - w1 / 2},${y1} ${x1 + w1 / 2},${y1} ${x2 + w2 / 2},${y2} ${x2 - w2 / 2},${y2}`;
}

/**
 * The stool drawing: a leg in its function's colour when someone covers it, grey when everyone
 * on it is paused, a dashed ghost when nobody does or (on the health page) its plugin is off. `label` describes it for screen readers.
 */
export function Stool(props: { legs: readonly LegView[]; label: string }): JSX.Element {
  const drawOrder = [1, 2, 0, 3];
  return (
    <svg class="stool" viewBox="0 0 400 244" role="img" aria-label={props.label}>
      <ellipse cx="200" cy="233" rx="172" ry="9" class="stool__shadow" />
      <For each={drawOrder}>
        {(index) => {
          const leg = () => props.legs[index];
          const g = geometry[index] as Geometry;
          return (
            <polygon
              class="stool__leg"
              data-function={leg()?.function}
              data-status={leg()?.status ?? "missing"}
              data-back={g.back ? "" : undefined}
              points={legPoints(g)}
            />
          );
        }}
      </For>
      <path class="stool__seat-side" d="M72 44 v18 a128 28 0 0 0 256 0 v-18 z" />
      <ellipse class="stool__seat" cx="200" cy="44" rx="128" ry="28" />
      <ellipse class="stool__shine" cx="176" cy="38" rx="70" ry="11" />
    </svg>
  );
}
