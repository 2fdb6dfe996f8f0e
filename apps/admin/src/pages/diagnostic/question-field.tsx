import { IconInfo, RadioCards } from "@quartet/ui";
import { type JSX, Show } from "solid-js";
import { useT } from "../../i18n/index.ts";
import type { AnswersStore } from "./answers-store.ts";
import type { Question } from "./types.ts";
import { answerText, questionText, sourceText } from "./words.ts";

/** One question as answer cards, with the answer Quartet's data gave marked with its source. */
export function QuestionField(props: { question: Question; store: AnswersStore }): JSX.Element {
  const i18n = useT();
  const fromData = () => props.store.fromData(props.question.id);
  return (
    <div class="diag-question" data-question={props.question.id}>
      <RadioCards
        label={questionText(i18n, props.question.id)}
        options={props.question.options.map((code) => ({
          value: code,
          label: answerText(i18n, props.question.id, code),
        }))}
        value={props.store.answers[props.question.id]}
        onChange={(code) => props.store.set(props.question.id, code)}
      />
      <Show when={fromData()}>
        {(prefilled) => (
          <p class="diag-question__source" data-testid="prefilled">
            <IconInfo size={14} />
            <span>{sourceText(i18n, prefilled())}</span>
          </p>
        )}
      </Show>
    </div>
  );
}
