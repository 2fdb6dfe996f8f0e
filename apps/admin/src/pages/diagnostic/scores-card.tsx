import { Callout, Card, ProgressBar } from "@quartet/ui";
import { For, type JSX } from "solid-js";
import { useT } from "../../i18n/index.ts";
import type { StoredDiagnostic } from "./types.ts";
import { sectionTitle } from "./words.ts";

/** Each function's score as a bar, the weakest leg called out, and the department's own score. */
export function ScoresCard(props: { report: StoredDiagnostic["report"] }): JSX.Element {
  const i18n = useT();
  return (
    <Card title={i18n.t("diagnostic.report.scores")}>
      <div class="q-stack q-gap-4">
        <Callout
          tone="warning"
          title={i18n.t("diagnostic.report.weakest", { function: sectionTitle(i18n, props.report.weakest) })}
        >
          {i18n.t("diagnostic.report.weakestHint")}
        </Callout>
        <div class="diag-scores" data-testid="diagnostic-scores">
          <For each={props.report.scores}>
            {(entry) => (
              <div
                class="diag-score"
                data-function={entry.function}
                data-weakest={entry.function === props.report.weakest}
              >
                <ProgressBar
                  label={sectionTitle(i18n, entry.function)}
                  value={entry.score}
                  valueLabel={i18n.t("diagnostic.report.score", { score: entry.score })}
                />
              </div>
            )}
          </For>
        </div>
        <p class="q-muted">
          {i18n.t("diagnostic.report.departmentScore", { score: props.report.departmentScore })}
        </p>
      </div>
    </Card>
  );
}
