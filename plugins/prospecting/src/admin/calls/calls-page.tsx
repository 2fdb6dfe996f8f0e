import { Button, Callout, Card, EmptyState, I18nProvider, Select, showToast } from "@quartet/ui";
import { createResource, createSignal, For, type JSX, onCleanup, onMount, Show } from "solid-js";
import { errorText, type ProspectingOutputs, useProspectingApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { commandOfKey, type Disposition, dispositionKeys } from "./hotkeys.ts";
import "../prospecting.css";

type Call = NonNullable<ProspectingOutputs["callScreen"]["current"]>;

/** Keys typed into a field belong to the field, not to the screen. */
function typingIn(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/**
 * `/calls`: the caller's screen, keyboard first — `N` takes the next record of the campaign,
 * `1`–`7` record the outcome. Shows the client card, the script step and previous attempts.
 */
export default function CallsPage(): JSX.Element {
  const api = useProspectingApi();
  const [campaigns] = createResource(() => api.campaigns.available.query());
  const [campaignId, setCampaignId] = createSignal<string>("");
  const [call, setCall] = createSignal<Call | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  const chosen = () => campaignId() || campaigns()?.[0]?.id || "";

  const next = async () => {
    if (!chosen()) return;
    setError(null);
    try {
      setCall((await api.queue.next.mutate({ campaignId: chosen() })) as Call | null);
    } catch (cause) {
      setError(errorText(cause));
    }
  };
  const dispose = async (disposition: Disposition) => {
    const current = call();
    if (!current) return;
    try {
      await api.queue.dispose.mutate({ memberId: current.memberId, disposition });
      showToast({
        title: i18n.t("calls.done", { disposition: i18n.t(`calls.disposition.${disposition}`) }),
        tone: "success",
      });
      setCall(null);
    } catch (cause) {
      setError(errorText(cause));
    }
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || typingIn(event.target)) return;
    const command = commandOfKey(event.key);
    if (!command) return;
    event.preventDefault();
    if (command.kind === "next") void next();
    else void dispose(command.disposition);
  };
  onMount(() => window.addEventListener("keydown", onKey));
  onCleanup(() => window.removeEventListener("keydown", onKey));

  return (
    <I18nProvider i18n={i18n}>
      <div class="q-container pr-page">
        <h1>{i18n.t("calls.title")}</h1>
        <Show when={campaigns()}>
          {(list) => (
            <Show
              when={list().length > 0}
              fallback={
                <Card>
                  <EmptyState title={i18n.t("calls.noCampaigns")} />
                </Card>
              }
            >
              <div class="pr-page__head">
                <Select
                  label={i18n.t("calls.campaign")}
                  options={list().map((c) => ({ value: c.id, label: c.name }))}
                  value={chosen()}
                  onChange={setCampaignId}
                />
                <Button onClick={() => void next()}>
                  <span class="pr-kbd">N</span>
                  {i18n.t("calls.next")}
                </Button>
              </div>
            </Show>
          )}
        </Show>
        <Show when={error()}>{(message) => <Callout tone="danger">{message()}</Callout>}</Show>
        <Show when={call()} fallback={<p>{i18n.t("calls.idle")}</p>}>
          {(current) => (
            <Card>
              <h2>{current().client?.name}</h2>
              <p>
                {i18n.t("calls.phone")}: {current().phone}
              </p>
              <Show when={current().script.step}>
                {(step) => (
                  <section>
                    <h3>{i18n.t("calls.step")}</h3>
                    <p>{JSON.stringify(step())}</p>
                  </section>
                )}
              </Show>
              <h3>{i18n.t("calls.attempts")}</h3>
              <ul>
                <For each={current().attempts} fallback={<li>{i18n.t("calls.noAttempts")}</li>}>
                  {(attempt) => (
                    <li>
                      {new Date(attempt.at).toLocaleString(i18n.locale())} — {attempt.disposition ?? "—"}
                    </li>
                  )}
                </For>
              </ul>
            </Card>
          )}
        </Show>
        <fieldset class="pr-keys">
          <legend class="q-visually-hidden">{i18n.t("calls.title")}</legend>
          <For each={dispositionKeys}>
            {(disposition, index) => (
              <Button variant="secondary" disabled={!call()} onClick={() => void dispose(disposition)}>
                <span class="pr-kbd">{index() + 1}</span>
                {i18n.t(`calls.disposition.${disposition}`)}
              </Button>
            )}
          </For>
        </fieldset>
      </div>
    </I18nProvider>
  );
}
