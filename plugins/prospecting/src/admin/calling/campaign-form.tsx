import { Button, Callout, Card, Checkbox, Select, Switch, TextField } from "@quartet/ui";
import { createSignal, For, type JSX, Show } from "solid-js";
import { failureOf, useProspectingApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { blankCampaign, type CampaignDraft, campaignInputOf } from "./campaign-draft.ts";

const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;
const retries = [
  ["retryNoAnswer", "calling.retryNoAnswer", "no-answer"],
  ["retryBusy", "calling.retryBusy", "busy"],
  ["retryCallback", "calling.retryCallback", "callback"],
] as const;

/**
 * Starts a campaign: a list without one, a script (its latest version), calling hours in the
 * client's local time, max attempts and retry delays per disposition, callbacks to the same caller.
 */
export function CampaignForm(props: {
  lists: { id: string; name: string }[];
  scripts: { id: string; name: string; latestVersion: number }[];
  onCreated: (name: string) => void;
  onCancel: () => void;
}): JSX.Element {
  const api = useProspectingApi();
  const [draft, setDraft] = createSignal<CampaignDraft>(
    blankCampaign(props.lists[0]?.id ?? "", props.scripts[0]?.id ?? ""),
  );
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const [busy, setBusy] = createSignal(false);
  const set =
    <K extends keyof CampaignDraft>(key: K) =>
    (value: CampaignDraft[K]) =>
      setDraft({ ...draft(), [key]: value });
  const toggleDay = (day: number, on: boolean) =>
    set("days")(on ? [...draft().days, day] : draft().days.filter((d) => d !== day));
  const submit = async () => {
    setBusy(true);
    setErrors({});
    try {
      const created = await api.campaigns.create.mutate(campaignInputOf(draft()));
      props.onCreated(created.name);
    } catch (error) {
      const failure = failureOf(error);
      setErrors({ ...failure.fields, form: failure.message });
    } finally {
      setBusy(false);
    }
  };
  const error = (key: string) => errors()[key];
  return (
    <Card title={i18n.t("calling.newCampaign")}>
      <div class="pr-stack">
        <TextField
          label={i18n.t("calling.name")}
          value={draft().name}
          onChange={set("name")}
          error={error("name")}
        />
        <div class="pr-filters">
          <Select
            label={i18n.t("calling.list")}
            options={props.lists.map((l) => ({ value: l.id, label: l.name }))}
            value={draft().listId}
            onChange={set("listId")}
            error={error("listId")}
          />
          <Select
            label={i18n.t("calling.script")}
            options={props.scripts.map((s) => ({
              value: s.id,
              label: `${s.name} · ${i18n.t("calling.version", { version: s.latestVersion })}`,
            }))}
            value={draft().scriptId}
            onChange={set("scriptId")}
            error={error("scriptId")}
          />
        </div>
        <fieldset class="pr-fieldset">
          <legend>{i18n.t("calling.window")}</legend>
          <fieldset class="pr-days">
            <legend class="q-visually-hidden">{i18n.t("calling.days")}</legend>
            <For each={weekdays}>
              {(day) => (
                <Checkbox
                  label={i18n.t(`calling.weekdays.${day}`)}
                  checked={draft().days.includes(day)}
                  onChange={(on) => toggleDay(day, on)}
                />
              )}
            </For>
          </fieldset>
          <Show when={error("window.days") ?? error("window")}>
            {(text) => <p class="q-field__error">{text()}</p>}
          </Show>
          <div class="pr-filters">
            <TextField
              label={i18n.t("calling.from")}
              placeholder="09:00"
              value={draft().start}
              onChange={set("start")}
              error={error("window.start")}
            />
            <TextField
              label={i18n.t("calling.to")}
              placeholder="20:00"
              value={draft().end}
              onChange={set("end")}
              error={error("window.end")}
            />
          </div>
        </fieldset>
        <TextField
          label={i18n.t("calling.maxAttempts")}
          inputMode="numeric"
          class="pr-narrow"
          value={draft().maxAttempts}
          onChange={set("maxAttempts")}
          error={error("maxAttempts")}
        />
        <fieldset class="pr-fieldset">
          <legend>{i18n.t("calling.retry")}</legend>
          <div class="pr-filters">
            <For each={retries}>
              {([key, label, disposition]) => (
                <TextField
                  label={i18n.t(label)}
                  inputMode="numeric"
                  value={draft()[key]}
                  onChange={set(key)}
                  error={error(`retryDelays.${disposition}`)}
                />
              )}
            </For>
          </div>
        </fieldset>
        <Switch
          label={i18n.t("calling.sameCaller")}
          checked={draft().callbackToSameCaller}
          onChange={set("callbackToSameCaller")}
        />
        <Show when={error("form") && Object.keys(errors()).length === 1}>
          <Callout tone="danger">{error("form")}</Callout>
        </Show>
        <div class="pr-actions">
          <Button variant="primary" loading={busy()} onClick={() => void submit()}>
            {i18n.t("calling.create")}
          </Button>
          <Button onClick={() => props.onCancel()}>{i18n.t("common.cancel")}</Button>
        </div>
      </div>
    </Card>
  );
}
