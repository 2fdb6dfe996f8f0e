import { Button, Callout, Card, SchemaForm, Select, showToast } from "@quartet/ui";
import { useQueryClient } from "@tanstack/solid-query";
import { createSignal, type JSX, Show } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import { useApi } from "../../../lib/api-context.tsx";
import { invalidateOrg } from "../../../lib/org-key.ts";
import { useServerForm } from "../../../lib/server-form.ts";
import { createSettingsDraft } from "../../functions/settings-draft.ts";
import { PbxZoneField, zoneSetting } from "./pbx-zone-field.tsx";
import type { TelephonyView } from "./queries.ts";

type Adapter = TelephonyView["adapters"][number];

/** The server's messages under `settings.<field>` as the form's own paths. */
const underSettings = (errors: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(errors).flatMap(([path, text]) =>
      path.startsWith("settings.") ? [[path.slice("settings.".length), text]] : [],
    ),
  );

/**
 * One adapter's keys as a form generated from its schema, its time zone as a select of zones;
 * secrets come back masked and are kept unless retyped.
 */
function AdapterForm(props: { adapter: Adapter; stored: Record<string, unknown> | null }): JSX.Element {
  const i18n = useT();
  const { trpc, org } = useApi();
  const queryClient = useQueryClient();
  const settings = createSettingsDraft({
    settingsSchema: props.adapter.settingsSchema,
    secretSettings: props.adapter.secretSettings,
    settings: props.stored ?? {},
  });
  const form = useServerForm(() => [...settings.paths().map((path) => `settings.${path}`), "adapter"]);
  const zone = settings.fields.find((f) => f.key === zoneSetting);
  const messages = () => settings.messages(underSettings(form.fieldErrors()));
  const save = async () => {
    const collected = settings.collect();
    if (!collected.ok) return;
    const result = await form.run(() =>
      trpc.core.telephony.settings.save.mutate({ adapter: props.adapter.id, settings: collected.settings }),
    );
    if (!result.ok) return;
    showToast({ title: i18n.t("telephony.saved"), tone: "success" });
    await invalidateOrg(queryClient, org.id(), "telephony");
  };
  return (
    <div class="q-stack q-gap-4">
      <Show when={form.formError()}>{(message) => <Callout tone="danger" title={message()} />}</Show>
      <SchemaForm
        fields={settings.fields.filter((f) => f !== zone)}
        draft={settings.draft()}
        onChange={settings.setDraft}
        errors={messages()}
        onEdit={settings.edit}
        currency={settings.currency()}
      />
      <Show when={zone}>
        {(field) => (
          <PbxZoneField
            field={field()}
            value={settings.draft()[zoneSetting]}
            onChange={(value) => {
              settings.edit(zoneSetting);
              settings.setDraft({ ...settings.draft(), [zoneSetting]: value });
            }}
            error={messages()[zoneSetting]}
          />
        )}
      </Show>
      <div>
        <Button variant="primary" loading={form.busy()} onClick={save}>
          {i18n.t("telephony.save")}
        </Button>
      </div>
    </div>
  );
}

/** The exchange: which provider, whether it is connected, and its keys. */
export function PbxCard(props: { view: TelephonyView }): JSX.Element {
  const i18n = useT();
  const [chosen, setChosen] = createSignal(props.view.adapter ?? props.view.adapters[0]?.id ?? "");
  const adapter = () => props.view.adapters.find((a) => a.id === chosen());
  const connected = () => props.view.adapters.find((a) => a.id === props.view.adapter);
  return (
    <Card title={i18n.t("telephony.connectionTitle")}>
      <div class="q-stack q-gap-4">
        <p class="q-muted">
          <Show when={connected()} fallback={i18n.t("telephony.notConnected")}>
            {(a) => i18n.t("telephony.connected", { provider: a().name })}
          </Show>
        </p>
        <Select
          label={i18n.t("telephony.provider")}
          description={i18n.t("telephony.providerHint")}
          options={props.view.adapters.map((a) => ({ value: a.id, label: a.name }))}
          value={chosen()}
          onChange={setChosen}
        />
        <Show when={adapter()} keyed>
          {(a) => (
            <AdapterForm adapter={a} stored={a.id === props.view.adapter ? props.view.settings : null} />
          )}
        </Show>
      </div>
    </Card>
  );
}
