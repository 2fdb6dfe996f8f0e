import { Button, Callout, ProgressBar } from "@quartet/ui";
import { useNavigate } from "@solidjs/router";
import { useQuery, useQueryClient } from "@tanstack/solid-query";
import { createEffect, createSignal, type JSX, Show } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { useApi } from "../../lib/api-context.tsx";
import { failureOf } from "../../lib/server-errors.ts";
import "./demo-choice.css";

/**
 * "Try with demo data": creates a separate demo organisation on the server (`core.demo.start`),
 * shows which phase runs while it fills (`core.demo.progress`) — the setup steps step aside
 * meanwhile — then opens the new organisation's home page. Nothing else is touched.
 */
export function DemoChoice(): JSX.Element {
  const i18n = useT();
  const { trpc, org } = useApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [runId, setRunId] = createSignal<string | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  const run = useQuery(() => ({
    queryKey: ["demo", runId()],
    queryFn: () => trpc.core.demo.progress.query({ runId: runId() ?? "" }),
    enabled: runId() !== null,
    refetchInterval: (query) => (query.state.data?.state === "running" || !query.state.data ? 700 : false),
  }));
  const progress = () => run.data ?? null;
  createEffect(() => {
    const done = progress();
    if (done?.state === "failed") {
      setRunId(null);
      setError(i18n.t("demo.failed"));
    }
    if (done?.state !== "done" || !done.orgId) return;
    org.set(done.orgId);
    void queryClient.invalidateQueries().then(() => navigate("/", { replace: true }));
  });
  const start = async () => {
    setError(null);
    try {
      setRunId((await trpc.core.demo.start.mutate({})).runId);
    } catch (failure) {
      setError(failureOf(failure).code === "CONFLICT" ? i18n.t("demo.busy") : i18n.t("demo.failed"));
    }
  };
  const phase = () => i18n.t(`demo.phases.${progress()?.phase ?? "organisation"}`);
  return (
    <section class="demo-choice" aria-labelledby="demo-choice-title" data-running={runId() ? "" : undefined}>
      <div class="demo-choice__text">
        <h2 id="demo-choice-title">{i18n.t("demo.title")}</h2>
        <p class="q-muted">{i18n.t("demo.lead")}</p>
      </div>
      <Show
        when={runId()}
        fallback={
          <Button variant="secondary" onClick={() => void start()}>
            {i18n.t("demo.start")}
          </Button>
        }
      >
        <div class="demo-choice__progress" role="status">
          <ProgressBar
            label={i18n.t("demo.progress")}
            value={progress()?.percent ?? 0}
            max={100}
            valueLabel={
              progress()?.state === "done"
                ? i18n.t("demo.done")
                : i18n.t("demo.percent", { percent: progress()?.percent ?? 0, phase: phase() })
            }
          />
        </div>
      </Show>
      <Show when={error()}>{(message) => <Callout tone="danger" title={message()} />}</Show>
    </section>
  );
}
