import { FormDialog, Switch, TextField } from "@quartet/ui";
import { useQueryClient } from "@tanstack/solid-query";
import { createSignal, type JSX, Show } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import { useApi } from "../../../lib/api-context.tsx";
import { invalidateOrg } from "../../../lib/org-key.ts";
import { useServerForm } from "../../../lib/server-form.ts";
import { EventChecklist } from "./event-checklist.tsx";
import { type Endpoint, useEventTypes } from "./queries.ts";

/**
 * Adds a webhook (address, what it is for, the events) or changes one (and pauses it); the
 * server's refusals land under their fields. A new webhook's secret goes to `onCreated`.
 */
export function EndpointDialog(props: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The endpoint to change; none adds a new one. */
  endpoint: Endpoint | null;
  onCreated: (secret: string) => void;
}): JSX.Element {
  const i18n = useT();
  const { trpc, org } = useApi();
  const queryClient = useQueryClient();
  const types = useEventTypes();
  const form = useServerForm(["url", "description", "eventTypes"]);
  const [url, setUrl] = createSignal("");
  const [description, setDescription] = createSignal("");
  const [chosen, setChosen] = createSignal<ReadonlySet<string>>(new Set());
  const [enabled, setEnabled] = createSignal(true);
  const reset = () => {
    setUrl(props.endpoint?.url ?? "");
    setDescription(props.endpoint?.description ?? "");
    setChosen(new Set(props.endpoint?.eventTypes ?? []));
    setEnabled(props.endpoint?.enabled ?? true);
    form.show({});
  };
  const toggle = (key: string, on: boolean) => {
    const next = new Set(chosen());
    if (on) next.add(key);
    else next.delete(key);
    setChosen(next);
    form.clear("eventTypes");
  };
  const save = async () => {
    const fields = { url: url(), description: description(), eventTypes: [...chosen()] };
    const current = props.endpoint;
    const result = await form.run(async (): Promise<{ secret: string | null }> => {
      if (!current) return { secret: (await trpc.core.webhooks.create.mutate(fields)).secret };
      await trpc.core.webhooks.update.mutate({ id: current.id, ...fields, enabled: enabled() });
      return { secret: null };
    });
    if (!result.ok) return;
    await invalidateOrg(queryClient, org.id(), "webhooks");
    if (result.value.secret) props.onCreated(result.value.secret);
    props.onOpenChange(false);
  };
  return (
    <FormDialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      onOpen={reset}
      size="lg"
      title={i18n.t(props.endpoint ? "webhooks.editTitle" : "webhooks.addTitle")}
      submitLabel={i18n.t(props.endpoint ? "webhooks.save" : "webhooks.create")}
      busy={form.busy()}
      error={form.formError()}
      onSubmit={save}
    >
      <TextField
        name="url"
        label={i18n.t("webhooks.url")}
        description={i18n.t("webhooks.urlHint")}
        placeholder="https://"
        type="url"
        value={url()}
        onChange={(value) => {
          setUrl(value);
          form.clear("url");
        }}
        error={form.fieldErrors().url}
      />
      <TextField
        name="description"
        label={i18n.t("webhooks.description")}
        placeholder={i18n.t("webhooks.descriptionPlaceholder")}
        value={description()}
        onChange={(value) => {
          setDescription(value);
          form.clear("description");
        }}
        error={form.fieldErrors().description}
      />
      <EventChecklist
        types={types.data ?? []}
        chosen={chosen()}
        onToggle={toggle}
        legend={i18n.t("webhooks.events")}
        hint={i18n.t("webhooks.eventsHint")}
        error={form.fieldErrors().eventTypes}
      />
      <Show when={props.endpoint}>
        <Switch label={i18n.t("webhooks.enabled")} checked={enabled()} onChange={setEnabled} />
      </Show>
    </FormDialog>
  );
}
