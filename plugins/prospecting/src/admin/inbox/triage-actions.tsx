import { Button, Callout, Card, showToast, TextField } from "@quartet/ui";
import { createEffect, createResource, createSignal, For, type JSX, on, Show } from "solid-js";
import { failureOf, useProspectingApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { DismissDialog } from "./dismiss-dialog.tsx";
import { MergeSearch } from "./merge-search.tsx";
import type { RequestView } from "./request-detail.tsx";
import type { TriageCommand } from "./triage-keys.ts";

/**
 * Triage of a new request: qualify as a lead (the server links a strong duplicate or creates a
 * client), qualify with or merge into a candidate core found, merge into a client found by
 * search, or dismiss with a reason. `command` carries the screen's hotkeys.
 */
export function TriageActions(props: {
  request: RequestView;
  command: { kind: TriageCommand; at: number } | null;
  onTriaged: () => void;
}): JSX.Element {
  const api = useProspectingApi();
  const [candidates] = createResource(
    () => props.request.id,
    (requestId) => api.inbox.candidates.query({ requestId }),
  );
  const [note, setNote] = createSignal("");
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [dismissing, setDismissing] = createSignal(false);
  const [merging, setMerging] = createSignal(false);
  let qualifyButton: HTMLButtonElement | undefined;

  const run = async (action: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      showToast({ title: done, tone: "success" });
      props.onTriaged();
    } catch (cause) {
      setError(failureOf(cause).message);
    } finally {
      setBusy(false);
    }
  };
  const requestId = () => props.request.id;
  const noteValue = () => note().trim() || null;
  const qualify = (input: { clientId?: string; createNew?: boolean } = {}) =>
    run(
      () => api.inbox.qualify.mutate({ requestId: requestId(), note: noteValue(), ...input }),
      i18n.t("request.qualified"),
    );
  const merge = (clientId: string) =>
    run(
      () => api.inbox.merge.mutate({ requestId: requestId(), clientId, note: noteValue() }),
      i18n.t("request.merged"),
    );

  createEffect(
    on(
      () => props.command,
      (command) => {
        if (!command || Date.now() - command.at > 1000 || busy()) return;
        if (command.kind === "qualify") void qualify();
        if (command.kind === "merge") setMerging(true);
        if (command.kind === "dismiss") setDismissing(true);
      },
      { defer: true },
    ),
  );

  return (
    <Card>
      <div class="pr-actions">
        <Button variant="primary" ref={qualifyButton} loading={busy()} onClick={() => void qualify()}>
          <kbd class="pr-kbd q-hotkey-hint">Q</kbd>
          {i18n.t("request.qualify")}
        </Button>
        <Button size="sm" onClick={() => void qualify({ createNew: true })} disabled={busy()}>
          {i18n.t("request.qualifyNew")}
        </Button>
        <Button size="sm" onClick={() => setMerging(!merging())} disabled={busy()}>
          <kbd class="pr-kbd q-hotkey-hint">M</kbd>
          {i18n.t("request.mergeSearch")}
        </Button>
        <Button size="sm" variant="danger" onClick={() => setDismissing(true)} disabled={busy()}>
          <kbd class="pr-kbd q-hotkey-hint">D</kbd>
          {i18n.t("request.dismiss")}
        </Button>
      </div>
      <p class="q-muted pr-hint">{i18n.t("request.qualifyHint")}</p>
      <TextField label={i18n.t("request.note")} value={note()} onChange={setNote} />
      <Show when={error()}>{(message) => <Callout tone="danger">{message()}</Callout>}</Show>
      <section class="pr-section">
        <h3>{i18n.t("request.candidates")}</h3>
        <Show when={candidates()}>
          {(list) => (
            <ul class="pr-candidates">
              <For each={list()} fallback={<li class="q-muted">{i18n.t("request.noCandidates")}</li>}>
                {(c) => (
                  <li>
                    <span class="pr-contact">
                      <strong>{c.name}</strong>
                      <span class="q-muted">
                        {i18n.t("request.reasons", {
                          reasons: c.reasons.map((r) => i18n.t(`request.reason.${r}`)).join(", "),
                        })}
                      </span>
                    </span>
                    <span class="pr-actions">
                      <Button size="sm" onClick={() => void qualify({ clientId: c.id })} disabled={busy()}>
                        {i18n.t("request.qualifyWith")}
                      </Button>
                      <Button size="sm" onClick={() => void merge(c.id)} disabled={busy()}>
                        {i18n.t("request.merge")}
                      </Button>
                    </span>
                  </li>
                )}
              </For>
            </ul>
          )}
        </Show>
      </section>
      <Show when={merging()}>
        <MergeSearch onPick={(clientId) => void merge(clientId)} disabled={busy()} />
      </Show>
      <DismissDialog
        open={dismissing()}
        onClose={() => {
          setDismissing(false);
          qualifyButton?.focus();
        }}
        onDismiss={async (reason) => {
          await api.inbox.dismiss.mutate({ requestId: requestId(), reason });
          setDismissing(false);
          showToast({ title: i18n.t("request.dismissed"), tone: "success" });
          props.onTriaged();
        }}
      />
    </Card>
  );
}
