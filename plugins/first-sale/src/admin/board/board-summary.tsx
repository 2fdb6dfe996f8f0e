import { A } from "@solidjs/router";
import type { JSX } from "solid-js";
import { i18n } from "../i18n/index.ts";
import { countOf, plainSums, type Sums, weightedSums } from "./column-head.tsx";

/**
 * The board's total: its open deals (the working columns) counted and summed, the weighted sum
 * beside it, and a link to the list of the same deals, whose sums are the same figures.
 */
export function BoardSummary(props: { sums: Sums; currency: string; listHref: string }): JSX.Element {
  return (
    <section class="fs-board-summary" aria-label={i18n.t("boardView.totalLabel")}>
      <strong class="fs-board-summary__total" data-board-total>
        {i18n.t("boardView.total", {
          deals: i18n.t("boardView.deals", { count: countOf(props.sums) }),
          sum: plainSums(props.sums, props.currency),
        })}
      </strong>
      <span class="fs-muted">{weightedSums(props.sums, props.currency)}</span>
      <A class="fs-board-summary__list" href={props.listHref}>
        {i18n.t("boardView.asList")}
      </A>
    </section>
  );
}
