import { Callout, Card, Combobox, RadioCards, Select, showToast, TextField } from "@quartet/ui";
import { useQueryClient } from "@tanstack/solid-query";
import { createEffect, createSignal, type JSX, Show } from "solid-js";
import { SaveBar } from "../../components/save-bar/save-bar.tsx";
import { useT } from "../../i18n/index.ts";
import { useApi } from "../../lib/api-context.tsx";
import type { GrowthStage, OrgSettings } from "../../lib/api-types.ts";
import { useAccess } from "../../lib/me.ts";
import { invalidateOrg } from "../../lib/org-key.ts";
import { useOrgOptions } from "../../lib/org-options.ts";
import { useServerForm } from "../../lib/server-form.ts";
import { useStageOptions } from "../onboarding/stage-options.tsx";

type Editable = Pick<OrgSettings, "name" | "defaultCurrency" | "timeZone" | "locale" | "growthStage">;

const pick = (org: OrgSettings): Editable => ({
  name: org.name,
  defaultCurrency: org.defaultCurrency,
  timeZone: org.timeZone,
  locale: org.locale,
  growthStage: org.growthStage,
});

/** The organisation's name, currency, time zone, language and growth stage (`core.org.update`). */
export function OrgSettingsCard(props: { org: OrgSettings }): JSX.Element {
  const i18n = useT();
  const { trpc, org } = useApi();
  const access = useAccess();
  const queryClient = useQueryClient();
  const options = useOrgOptions();
  const stages = useStageOptions();
  const form = useServerForm(["name", "defaultCurrency", "timeZone", "locale", "growthStage"]);
  const [draft, setDraft] = createSignal<Editable>(pick(props.org));
  createEffect(() => setDraft(pick(props.org)));
  const readOnly = () => !access.can("core.org.manage");
  const changed = () => JSON.stringify(draft()) !== JSON.stringify(pick(props.org));
  const set = (patch: Partial<Editable>) => {
    setDraft({ ...draft(), ...patch });
    for (const key of Object.keys(patch)) form.clear(key);
  };
  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    const result = await form.run(() =>
      trpc.core.org.update.mutate({ ...draft(), name: draft().name.trim() }),
    );
    if (!result.ok) return;
    showToast({ title: i18n.t("common.saved"), tone: "success" });
    await invalidateOrg(queryClient, org.id());
    await queryClient.invalidateQueries({ queryKey: ["me"] });
  };
  return (
    <Card title={i18n.t("settings.org.title")} description={i18n.t("settings.org.description")}>
      <form class="org-form" onSubmit={save} noValidate>
        <Show when={readOnly()}>
          <Callout tone="info">{i18n.t("settings.org.readOnly")}</Callout>
        </Show>
        <Show when={form.formError()}>{(message) => <Callout tone="danger" title={message()} />}</Show>
        <TextField
          label={i18n.t("onboarding.basics.name")}
          value={draft().name}
          onChange={(name) => set({ name })}
          error={form.fieldErrors().name}
          disabled={readOnly()}
          required
        />
        <div class="org-form__grid">
          <Select
            label={i18n.t("onboarding.basics.currency")}
            options={options.currencies()}
            value={draft().defaultCurrency}
            onChange={(defaultCurrency) => set({ defaultCurrency })}
            error={form.fieldErrors().defaultCurrency}
            disabled={readOnly()}
          />
          <Select
            label={i18n.t("onboarding.basics.language")}
            options={options.languages()}
            value={draft().locale}
            onChange={(locale) => set({ locale: locale === "en" ? "en" : "ru" })}
            error={form.fieldErrors().locale}
            disabled={readOnly()}
          />
        </div>
        <Combobox
          label={i18n.t("onboarding.basics.timeZone")}
          options={options.timeZones()}
          value={draft().timeZone}
          onChange={(timeZone) => set({ timeZone })}
          error={form.fieldErrors().timeZone}
          disabled={readOnly()}
        />
        <RadioCards
          label={i18n.t("stages.label")}
          options={stages()}
          value={draft().growthStage}
          onChange={(value) => set({ growthStage: value as GrowthStage })}
          error={form.fieldErrors().growthStage}
          disabled={readOnly()}
        />
        <Show when={!readOnly()}>
          <SaveBar changed={changed()} busy={form.busy()} />
        </Show>
      </form>
    </Card>
  );
}
