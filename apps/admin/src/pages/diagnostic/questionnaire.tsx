import { Button, Card, ProgressBar } from "@quartet/ui";
import { useNavigate } from "@solidjs/router";
import { useQueryClient } from "@tanstack/solid-query";
import { createSignal, For, type JSX, Show } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { useApi } from "../../lib/api-context.tsx";
import { invalidateOrg } from "../../lib/org-key.ts";
import { runAction } from "../../lib/run-action.ts";
import { createAnswersStore } from "./answers-store.ts";
import { QuestionField } from "./question-field.tsx";
import type { Prefill } from "./types.ts";
import { sectionTitle } from "./words.ts";

/**
 * The questionnaire on one screen: a section per function and one for the department, the
 * progress through them on top (with a link to each section), and "Build the report" once every
 * question is answered.
 */
export function Questionnaire(props: { prefill: Prefill }): JSX.Element {
  const i18n = useT();
  const { trpc, org } = useApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const store = createAnswersStore(props.prefill);
  const [busy, setBusy] = createSignal(false);
  const sections = () => [...new Set(props.prefill.questions.map((q) => q.section))];
  const total = () => props.prefill.questions.length;
  const build = async () => {
    setBusy(true);
    let id = "";
    const ok = await runAction(i18n, async () => {
      id = (await trpc.core.diagnostic.save.mutate({ answers: { ...store.answers } })).id;
    });
    setBusy(false);
    if (!ok) return;
    await invalidateOrg(queryClient, org.id(), "diagnostic");
    navigate(`/diagnostic/${id}`);
  };
  return (
    <div class="diag-questionnaire q-stack q-gap-4">
      <div class="diag-progress" data-testid="diagnostic-progress">
        <ProgressBar
          label={i18n.t("diagnostic.progress", {
            answered: total() - store.missing().length,
            total: total(),
          })}
          value={total() - store.missing().length}
          max={total()}
        />
        <nav class="diag-progress__sections">
          <For each={sections()}>
            {(section) => {
              const progress = () => store.sectionProgress(section);
              return (
                <a
                  href={`#diag-${section}`}
                  class="diag-progress__section"
                  data-done={progress().answered === progress().total}
                >
                  {sectionTitle(i18n, section)} {progress().answered}/{progress().total}
                </a>
              );
            }}
          </For>
        </nav>
      </div>
      <For each={sections()}>
        {(section) => (
          <section id={`diag-${section}`} class="diag-section">
            <Card title={sectionTitle(i18n, section)}>
              <div class="q-stack q-gap-6">
                <For each={props.prefill.questions.filter((q) => q.section === section)}>
                  {(question) => <QuestionField question={question} store={store} />}
                </For>
              </div>
            </Card>
          </section>
        )}
      </For>
      <div class="diag-build">
        <Show when={store.missing().length > 0}>
          <p class="q-muted">{i18n.t("diagnostic.left", { count: store.missing().length })}</p>
        </Show>
        <Button variant="primary" disabled={store.missing().length > 0} loading={busy()} onClick={build}>
          {busy() ? i18n.t("diagnostic.building") : i18n.t("diagnostic.build")}
        </Button>
      </div>
    </div>
  );
}
