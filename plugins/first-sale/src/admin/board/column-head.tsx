import { formatWholeMoney } from "@quartet/ui";
import { type JSX, Show } from "solid-js";
import type { FirstSaleOutputs } from "../api.ts";
import { i18n } from "../i18n/index.ts";

/** Sums of some deals per currency, as `deals.board` and `deals.page` answer them. */
export type Sums = FirstSaleOutputs["deals"]["board"]["totals"];

const whole = (amountMinor: number, currency: string) =>
  formatWholeMoney(i18n.locale(), { amountMinor, currency });

/** How many deals the sums count in all currencies. */
export function countOf(sums: Sums): number {
  return sums.reduce((n, s) => n + s.count, 0);
}

/** The plain sum per currency ("1 200 000 ₽ · 300 $"), "0 ₽" in `fallback` currency when there is none. */
export function plainSums(sums: Sums, fallback: string): string {
  if (sums.length === 0) return whole(0, fallback);
  return sums.map((s) => whole(s.amountMinor, s.currency)).join(" · ");
}

/** The weighted sum per currency, the secondary figure ("weighted 0 ₽" in `fallback` currency when there is none). */
export function weightedSums(sums: Sums, fallback: string): string {
  const parts = sums.length ? sums : [{ currency: fallback, weightedMinor: 0 }];
  return i18n.t("boardView.weighted", {
    sum: parts.map((s) => whole(s.weightedMinor, s.currency)).join(" · "),
  });
}

/**
 * A column's head: the stage, how many deals, their plain sum and (smaller) their weighted sum; a
 * won or lost column says which period its deals and sums cover ("last 30 days").
 */
export function ColumnHead(props: {
  name: string;
  sums: Sums;
  currency: string;
  period?: string | undefined;
  children?: JSX.Element;
}): JSX.Element {
  return (
    <header class="fs-board__head">
      <div class="fs-board__title">
        <h2 title={props.name}>{props.name}</h2>
        <span class="fs-board__count">
          <span aria-hidden="true">{countOf(props.sums)}</span>
          <span class="q-visually-hidden">{i18n.t("boardView.deals", { count: countOf(props.sums) })}</span>
        </span>
      </div>
      <Show when={props.period}>
        {(period) => (
          <div class="fs-board__period" data-period>
            {period()}
          </div>
        )}
      </Show>
      <div class="fs-board__sum" data-sum>
        {plainSums(props.sums, props.currency)}
      </div>
      <div class="fs-board__weighted">{weightedSums(props.sums, props.currency)}</div>
      {props.children}
    </header>
  );
}
