import { Card } from "@quartet/ui";
import { For, type JSX } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { answerText, questionText } from "./words.ts";

/** The answers the report was built from, question by question. */
export function AnswersCard(props: { answers: Record<string, string> }): JSX.Element {
  const i18n = useT();
  return (
    <Card title={i18n.t("diagnostic.report.answers")}>
      <dl class="diag-answers">
        <For each={Object.entries(props.answers)}>
          {([id, code]) => (
            <div class="diag-answers__row">
              <dt>{questionText(i18n, id)}</dt>
              <dd>{answerText(i18n, id, code)}</dd>
            </div>
          )}
        </For>
      </dl>
    </Card>
  );
}
