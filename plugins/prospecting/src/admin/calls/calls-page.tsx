import { Button, Callout, Card, EmptyState, I18nProvider, Select, showToast, TextField } from "@quartet/ui";
import { createResource, createSignal, For, type JSX, onCleanup, onMount, Show } from "solid-js";
import { failureOf, type ProspectingOutputs, useCoreApi, useProspectingApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { screenKeys } from "../shared/typing-in.ts";
import { CallbackChooser } from "./callback-chooser.tsx";
import { ClientCard } from "./client-card.tsx";
import { DialButton } from "./dial-button.tsx";
import { commandOfKey, type Disposition, dispositionKeys } from "./hotkeys.ts";
import { PbxResult } from "./pbx-result.tsx";
import { createPbxWatch } from "./pbx-watch.ts";
import { ScriptRunner, type ScriptState } from "./script-runner.tsx";
import "../prospecting.css";
import "./calls.css";

type Call = NonNullable<ProspectingOutputs["callScreen"]["current"]>;

/**
 * `/calls`: the caller's screen, keyboard first — `N` takes the next record of the campaign, the
 * script runs one step at a time (letters answer), `1`–`7` record the outcome with the notes typed
 * on the screen; "call back" (`5`) first asks when. A record held before a reload comes back with
 * its script where it was. With a PBX and an extension, «Позвонить» dials through it and the end
 * of the call pre-selects the outcome (no answer, busy) for the caller to confirm.
 */
export default function CallsPage(): JSX.Element {
  const api = useProspectingApi();
  const core = useCoreApi();
  const [campaigns] = createResource(() => api.campaigns.available.query());
  const [campaignId, setCampaignId] = createSignal<string>("");
  const [call, setCall] = createSignal<Call | null>(null);
  const [empty, setEmpty] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const [note, setNote] = createSignal("");
  const [choosing, setChoosing] = createSignal(false);
  const chosen = () => campaignId() || call()?.campaign.id || campaigns()?.[0]?.id || "";
  const outcome = () => call()?.script.outcome ?? null;
  const [dialer] = createResource(() => core.telephony.dialer.query().catch(() => null));
  const watch = createPbxWatch(
    () => api.callScreen.current.query({}),
    (held) =>
      setCall((current) => (current?.memberId === held.memberId ? { ...current, pbx: held.pbx } : current)),
  );
  /** The outcome to show as chosen: the script's, else the one the PBX's word pre-selects. */
  const chosenOutcome = () => outcome() ?? call()?.pbx?.outcome ?? null;

  onMount(async () => {
    const held = await api.callScreen.current.query({});
    if (held && !call()) setCall(held);
  });
  const next = async () => {
    if (!chosen() || call()) return;
    setError(null);
    try {
      const claimed = await api.queue.next.mutate({ campaignId: chosen() });
      setCall(claimed);
      setEmpty(claimed === null);
    } catch (cause) {
      setError(failureOf(cause).message);
    }
  };
  const dispose = async (disposition: Disposition, callbackAt?: number) => {
    const current = call();
    if (!current || (outcome() && outcome() !== disposition)) return;
    if (disposition === "callback" && callbackAt === undefined) {
      setChoosing(true);
      return;
    }
    setChoosing(false);
    setError(null);
    try {
      await api.queue.dispose.mutate({
        memberId: current.memberId,
        disposition,
        note: note().trim() || null,
        ...(callbackAt !== undefined && { callbackAt }),
      });
      showToast({
        title: i18n.t("calls.done", { disposition: i18n.t(`calls.disposition.${disposition}`) }),
        tone: "success",
      });
      setNote("");
      watch.stop();
      setCall(null);
    } catch (cause) {
      setError(failureOf(cause).message);
    }
  };
  const advance = (script: ScriptState) => {
    const current = call();
    if (current) setCall({ ...current, script: { ...current.script, ...script } });
  };
  onMount(() => {
    const stop = screenKeys((event) => {
      const command = commandOfKey(event.key);
      if (!command) return;
      event.preventDefault();
      if (command.kind === "next") void next();
      else void dispose(command.disposition);
    });
    onCleanup(stop);
  });

  return (
    <I18nProvider i18n={i18n}>
      <div class="q-container pr-page">
        <div class="q-page-header">
          <div class="q-stack q-gap-1">
            <h1>{i18n.t("calls.title")}</h1>
            <p class="q-muted pr-keys-hint q-hotkey-hint">{i18n.t("calls.keysHint")}</p>
          </div>
        </div>
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
              <div class="pr-filters">
                <Select
                  label={i18n.t("calls.campaign")}
                  options={list().map((c) => ({ value: c.id, label: c.name }))}
                  value={chosen()}
                  onChange={setCampaignId}
                  disabled={call() !== null}
                />
                <Button variant="primary" disabled={call() !== null} onClick={() => void next()}>
                  <span class="pr-kbd q-hotkey-hint">N</span>
                  {i18n.t("calls.next")}
                </Button>
              </div>
            </Show>
          )}
        </Show>
        <Show when={error()}>{(message) => <Callout tone="danger">{message()}</Callout>}</Show>
        <Show
          when={call()}
          fallback={<p class="q-muted">{empty() ? i18n.t("calls.nothingNow") : i18n.t("calls.idle")}</p>}
        >
          {(current) => (
            <>
              <ClientCard
                call={current()}
                dial={
                  <Show when={dialer()?.available}>
                    <DialButton phone={current().phone} onDialled={() => watch.start(current().memberId)} />
                  </Show>
                }
              >
                <PbxResult
                  pbx={current().pbx}
                  waiting={watch.waiting() === current().memberId}
                  onConfirm={(disposition) => void dispose(disposition)}
                />
                <ScriptRunner memberId={current().memberId} script={current().script} onAdvance={advance} />
                <div class="pr-note">
                  <TextField
                    label={i18n.t("calls.note")}
                    multiline
                    value={note()}
                    onChange={setNote}
                    placeholder={i18n.t("calls.notePlaceholder")}
                  />
                </div>
              </ClientCard>
              <CallbackChooser
                open={choosing()}
                onOpenChange={setChoosing}
                morningAt={current().callbackMorningAt}
                timeZone={current().orgTimeZone}
                onChoose={(at) => void dispose("callback", at)}
              />
            </>
          )}
        </Show>
        <fieldset class="pr-keys">
          <legend>{i18n.t("calls.outcomes")}</legend>
          <For each={dispositionKeys}>
            {(disposition, index) => (
              <Button
                variant={chosenOutcome() === disposition ? "primary" : "secondary"}
                disabled={!call() || (outcome() !== null && outcome() !== disposition)}
                onClick={() => void dispose(disposition)}
              >
                <span class="pr-kbd q-hotkey-hint">{index() + 1}</span>
                {i18n.t(`calls.disposition.${disposition}`)}
              </Button>
            )}
          </For>
        </fieldset>
      </div>
    </I18nProvider>
  );
}
