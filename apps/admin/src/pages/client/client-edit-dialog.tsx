import { FormDialog, showToast } from "@quartet/ui";
import { createSignal, type JSX } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { useApi } from "../../lib/api-context.tsx";
import { useOrgRefresh } from "../../lib/org-refresh.ts";
import { useServerForm } from "../../lib/server-form.ts";
import {
  type ClientDraft,
  clientDraftOf,
  clientFieldsOf,
  emptyClientDraft,
} from "../clients/client-draft.ts";
import { ClientFormFields, clientFormPaths } from "../clients/client-form-fields.tsx";
import { useClientFields } from "../clients/use-client-fields.ts";
import type { ClientRecord } from "./client-types.ts";

/**
 * Edits every field of a client, the organisation's own fields included; the server's messages
 * (a wrong INN checksum, a phone it cannot read …) sit under the fields. An edit made by someone
 * else meanwhile is refused rather than overwritten.
 */
export function ClientEditDialog(props: {
  client: ClientRecord;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}): JSX.Element {
  const i18n = useT();
  const { trpc } = useApi();
  const refresh = useOrgRefresh();
  const fields = useClientFields();
  const form = useServerForm(() => clientFormPaths(fields()));
  const [draft, setDraft] = createSignal<ClientDraft>(emptyClientDraft);
  const reset = () => {
    setDraft(clientDraftOf(props.client, fields()));
    form.show({});
  };
  const set = (patch: Partial<ClientDraft>) => {
    for (const key of Object.keys(patch)) form.clear(key);
    setDraft({ ...draft(), ...patch });
  };
  const save = async () => {
    const result = await form.run(() =>
      trpc.core.clients.update.mutate({
        ...clientFieldsOf(draft(), fields()),
        id: props.client.id,
        expectedUpdatedAt: props.client.updatedAt,
      }),
    );
    if (!result.ok) return;
    showToast({ title: i18n.t("clientEdit.saved"), tone: "success" });
    await refresh("clients", "timeline");
    props.onOpenChange(false);
  };
  return (
    <FormDialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      title={i18n.t("clientEdit.title")}
      size="lg"
      submitLabel={i18n.t("common.save")}
      busy={form.busy()}
      error={form.formError()}
      onSubmit={save}
      onOpen={reset}
    >
      <ClientFormFields
        draft={draft()}
        onChange={set}
        errors={form.fieldErrors()}
        fields={fields()}
        withStage={false}
      />
    </FormDialog>
  );
}
