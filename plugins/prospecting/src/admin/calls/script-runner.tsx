import { Button, Callout, TextField } from "@quartet/ui";
import { createSignal, For, type JSX, Match, onCleanup, onMount, Show, Switch } from "solid-js";
import { failureOf, type ProspectingOutputs, useProspectingApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { screenKeys } from "../shared/typing-in.ts";
import { answerIndexOfKey, answerKeyOf, dispositionKeys } from "./hotkeys.ts";

type Call = NonNullable<ProspectingOutputs["callScreen"]["current"]>;
/** Where the script stands: the step to read now (null once ended) and the outcome reached. */
export type ScriptState = Pick<Call["script"], "step" | "outcome">;
type Step = NonNullable<ScriptState["step"]>;

/**
 * Walks the call's script one step at a time: a "say" step moves on with Enter, a question takes
 * an answer by its letter (Q, W, E …), a field step takes a value; each answer is recorded on the
 * call (`callScreen.answer`). Once an outcome is reached it says which key saves it.
 */
export function ScriptRunner(props: {
  memberId: string;
  script: ScriptState;
  onAdvance: (script: ScriptState) => void;
}): JSX.Element {
  const api = useProspectingApi();
  const [value, setValue] = createSignal("");
  const [error, setError] = createSignal<string | undefined>();
  const [busy, setBusy] = createSignal(false);
  const answer = async (step: Step, given: string | number | boolean | null) => {
    if (busy()) return;
    setBusy(true);
    setError(undefined);
    try {
      const result = await api.callScreen.answer.mutate({
        memberId: props.memberId,
        stepId: step.id,
        value: given,
      });
      setValue("");
      props.onAdvance({ step: result.step, outcome: result.outcome });
    } catch (cause) {
      const failure = failureOf(cause);
      setError(failure.fields.answer ?? failure.message);
    } finally {
      setBusy(false);
    }
  };
  onMount(() => {
    const stop = screenKeys((event) => {
      const step = props.script.step;
      if (!step) return;
      if (step.kind === "say" && event.key === "Enter" && !(event.target instanceof HTMLButtonElement)) {
        event.preventDefault();
        void answer(step, null);
      }
      if (step.kind === "question") {
        const index = answerIndexOfKey(event.key, step.options.length);
        const option = index === null ? undefined : step.options[index];
        if (option) {
          event.preventDefault();
          void answer(step, option.value);
        }
      }
    });
    onCleanup(stop);
  });
  const outcomeKey = () => {
    const outcome = props.script.outcome;
    return outcome ? String(dispositionKeys.indexOf(outcome) + 1) : "";
  };
  return (
    <section class="pr-runner" aria-label={i18n.t("calls.step")} aria-live="polite">
      <Show
        when={props.script.step}
        keyed
        fallback={
          <Callout tone={props.script.outcome ? "success" : "info"}>
            {props.script.outcome
              ? i18n.t("calls.scriptEnded", {
                  disposition: i18n.t(`calls.disposition.${props.script.outcome}`),
                  key: outcomeKey(),
                })
              : i18n.t("calls.noScriptStep")}
          </Callout>
        }
      >
        {(step) => (
          <>
            <p class="pr-runner__text">{step.text}</p>
            <Switch>
              <Match when={step.kind === "say" && step}>
                <div class="pr-actions">
                  <Button variant="primary" loading={busy()} onClick={() => void answer(step, null)}>
                    <span class="pr-kbd q-hotkey-hint">Enter</span>
                    {i18n.t("calls.continue")}
                  </Button>
                </div>
              </Match>
              <Match when={step.kind === "question" && step}>
                {(question) => (
                  <div class="pr-actions">
                    <For each={question().options}>
                      {(option, index) => (
                        <Button disabled={busy()} onClick={() => void answer(step, option.value)}>
                          <Show when={answerKeyOf(index())}>
                            {(key) => <span class="pr-kbd q-hotkey-hint">{key()}</span>}
                          </Show>
                          {option.label}
                        </Button>
                      )}
                    </For>
                  </div>
                )}
              </Match>
              <Match when={step.kind === "field" && step}>
                {(field) => (
                  <Show
                    when={field().input !== "boolean"}
                    fallback={
                      <div class="pr-actions">
                        <Button onClick={() => void answer(step, true)}>{i18n.t("common.yes")}</Button>
                        <Button onClick={() => void answer(step, false)}>{i18n.t("common.no")}</Button>
                      </div>
                    }
                  >
                    <div class="pr-actions pr-actions--end">
                      <TextField
                        label={i18n.t("calls.step")}
                        labelHidden
                        autofocus
                        inputMode={field().input === "number" ? "decimal" : "text"}
                        value={value()}
                        onChange={setValue}
                        onEnter={() => void answer(step, value())}
                        error={error()}
                      />
                      <Button variant="primary" loading={busy()} onClick={() => void answer(step, value())}>
                        {i18n.t("calls.answer")}
                      </Button>
                    </div>
                  </Show>
                )}
              </Match>
            </Switch>
            <Show when={error() && step.kind !== "field"}>
              <Callout tone="danger">{error()}</Callout>
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}
