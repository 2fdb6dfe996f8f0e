import { Card } from "@quartet/ui";
import { A } from "@solidjs/router";
import { For, type JSX, Show } from "solid-js";
import { useT } from "../../i18n/index.ts";
import type { Recommendation } from "./types.ts";
import { recommendationText } from "./words.ts";

/** What to do, the weakest leg first: each recommendation with its reason, the answer behind it and where to act. */
export function RecommendationsCard(props: { recommendations: readonly Recommendation[] }): JSX.Element {
  const i18n = useT();
  return (
    <Card title={i18n.t("diagnostic.report.recommendations")}>
      <Show
        when={props.recommendations.length > 0}
        fallback={<p class="q-muted">{i18n.t("diagnostic.report.none")}</p>}
      >
        <ol class="diag-recs" data-testid="recommendations">
          <For each={props.recommendations}>
            {(rec) => {
              const text = () => recommendationText(i18n, rec);
              return (
                <li class="diag-rec" data-code={rec.code}>
                  <div class="diag-rec__row">
                    <div class="diag-rec__body">
                      <strong class="diag-rec__title">{text().title}</strong>
                      <p>{text().reason}</p>
                      <p class="q-muted diag-rec__because">{text().because}</p>
                    </div>
                    <A
                      class="q-button diag-rec__link"
                      data-variant="secondary"
                      data-size="sm"
                      href={rec.link}
                    >
                      {text().action}
                    </A>
                  </div>
                </li>
              );
            }}
          </For>
        </ol>
      </Show>
    </Card>
  );
}
