import { Button, Callout, Card, Checkbox, TextField } from "@quartet/ui";
import { createEffect, createResource, createSignal, For, type JSX, Show } from "solid-js";
import { useCoreApi } from "../api.ts";
import { errorText } from "../errors/error-text.ts";
import { i18n } from "../i18n/index.ts";
import { type LostReasonSetting, type ReasonDraft, reasonsSetting } from "./reason-drafts.ts";

type Settings = Record<string, unknown> & { lostReasons?: LostReasonSetting[] };

/**
 * The organisation's lost reasons (first sale's `lostReasons` setting): rename them in both
 * languages, ask for a note, add and remove. Saved through core's plugin settings with the
 * other settings unchanged.
 */
export function LostReasonsEditor(): JSX.Element {
  const core = useCoreApi();
  const [plugins, { refetch }] = createResource(() => core.plugins.list.query());
  const [drafts, setDrafts] = createSignal<ReasonDraft[]>([]);
  const [error, setError] = createSignal<string | null>(null);
  const [saved, setSaved] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const settings = (): Settings | undefined =>
    plugins()?.plugins.find((p) => p.id === "first-sale")?.settings as Settings | undefined;
  createEffect(() =>
    setDrafts(
      (settings()?.lostReasons ?? []).map((r) => ({
        key: r.key,
        ru: r.label.ru,
        en: r.label.en,
        requiresNote: r.requiresNote,
      })),
    ),
  );
  const change = (index: number, patch: Partial<ReasonDraft>) =>
    setDrafts((all) => all.map((d, i) => (i === index ? { ...d, ...patch } : d)));
  const save = async () => {
    const current = settings();
    if (!current) return;
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      await core.plugins.updateSettings.mutate({
        pluginId: "first-sale",
        settings: { ...current, lostReasons: reasonsSetting(drafts()) },
      });
      setSaved(true);
      await refetch();
    } catch (cause) {
      setError(errorText(cause));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title={i18n.t("reasons.title")} description={i18n.t("reasons.hint")}>
      <div class="fs-stack">
        <For each={drafts()}>
          {(d, index) => (
            <fieldset class="fs-reason">
              <legend class="q-visually-hidden">{i18n.t("reasons.reasonOf", { n: index() + 1 })}</legend>
              <TextField
                label={i18n.t("reasons.ru")}
                value={d.ru}
                onChange={(ru) => change(index(), { ru })}
              />
              <TextField
                label={i18n.t("reasons.en")}
                value={d.en}
                onChange={(en) => change(index(), { en })}
              />
              <div class="fs-row">
                <Checkbox
                  label={i18n.t("reasons.requiresNote")}
                  checked={d.requiresNote}
                  onChange={(requiresNote) => change(index(), { requiresNote })}
                />
                <Button
                  size="sm"
                  variant="ghost"
                  onClick={() => setDrafts((all) => all.filter((_, i) => i !== index()))}
                >
                  {i18n.t("reasons.remove")}
                </Button>
              </div>
            </fieldset>
          )}
        </For>
        <div class="fs-row">
          <Button
            variant="secondary"
            onClick={() => setDrafts((all) => [...all, { key: "", ru: "", en: "", requiresNote: false }])}
          >
            {i18n.t("reasons.add")}
          </Button>
          <Button loading={busy()} disabled={!settings()} onClick={() => void save()}>
            {i18n.t("reasons.save")}
          </Button>
        </div>
        <Show when={saved()}>
          <Callout tone="success">{i18n.t("reasons.saved")}</Callout>
        </Show>
        <Show when={error()}>{(message) => <Callout tone="danger">{message()}</Callout>}</Show>
      </div>
    </Card>
  );
}
