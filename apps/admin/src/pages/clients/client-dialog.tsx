import { FormDialog, showToast } from "@quartet/ui";
import { A } from "@solidjs/router";
import { useQuery, useQueryClient } from "@tanstack/solid-query";
import { createSignal, type JSX, Show } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { useApi } from "../../lib/api-context.tsx";
import { useAccess } from "../../lib/me.ts";
import { invalidateOrg, orgKey } from "../../lib/org-key.ts";
import { failureOf } from "../../lib/server-errors.ts";
import { useServerForm } from "../../lib/server-form.ts";
import { type ClientDraft, clientInputOf, duplicateQueryOf, emptyClientDraft } from "./client-draft.ts";
import { ClientFormFields, clientFormPaths } from "./client-form-fields.tsx";
import { type DuplicateCandidate, DuplicateList } from "./duplicate-list.tsx";
import { useClientFields } from "./use-client-fields.ts";
import { useDebounced } from "./use-debounced.ts";

/**
 * The new-client form: the server's messages under each field (custom fields too), a live
 * duplicates warning while typing with a link to open the existing client instead, and on a
 * duplicate refusal the candidates with "create anyway".
 */
export function ClientDialog(props: { open: boolean; onOpenChange: (open: boolean) => void }): JSX.Element {
  const i18n = useT();
  const { trpc, org } = useApi();
  const access = useAccess();
  const queryClient = useQueryClient();
  const fields = useClientFields();
  const form = useServerForm(() => clientFormPaths(fields()));
  const [draft, setDraft] = createSignal<ClientDraft>(emptyClientDraft);
  const [conflict, setConflict] = createSignal<DuplicateCandidate[] | null>(null);
  const duplicateQuery = useDebounced(() => duplicateQueryOf(draft()), 400);
  const duplicates = useQuery(() => ({
    queryKey: orgKey(org.id(), "clients", "duplicates", duplicateQuery()),
    queryFn: () => trpc.core.clients.checkDuplicates.query(duplicateQuery() ?? { name: "" }),
    enabled: props.open && duplicateQuery() !== null && access.can("core.clients.read"),
  }));
  const warnings = () =>
    conflict() ? [] : [...(duplicates.data?.blocking ?? []), ...(duplicates.data?.warnings ?? [])];
  const set = (patch: Partial<ClientDraft>) => {
    for (const key of Object.keys(patch)) form.clear(key);
    setConflict(null);
    setDraft({ ...draft(), ...patch });
  };
  const close = () => {
    setDraft(emptyClientDraft);
    setConflict(null);
    form.show({});
    props.onOpenChange(false);
  };
  const submit = async (allowDuplicate: boolean) => {
    let refusal: unknown = null;
    const result = await form.run(async () => {
      try {
        return await trpc.core.clients.create.mutate({ ...clientInputOf(draft(), fields()), allowDuplicate });
      } catch (error) {
        refusal = error;
        throw error;
      }
    });
    if (result.ok) {
      showToast({ title: i18n.t("clients.form.created", { name: draft().name.trim() }), tone: "success" });
      await invalidateOrg(queryClient, org.id(), "clients");
      close();
      return;
    }
    const failure = failureOf(refusal);
    const candidates = failure.details.candidates;
    if (failure.code === "CONFLICT" && Array.isArray(candidates)) {
      setConflict(candidates as DuplicateCandidate[]);
      form.show({});
    }
  };
  const openExisting = (candidate: DuplicateCandidate) => (
    <A
      class="q-button"
      data-variant="secondary"
      data-size="sm"
      href={`/clients/${candidate.id}`}
      aria-label={i18n.t("merge.openNamed", { name: candidate.name })}
      onClick={close}
    >
      {i18n.t("merge.open")}
    </A>
  );
  return (
    <FormDialog
      open={props.open}
      onOpenChange={(open) => (open ? props.onOpenChange(true) : close())}
      title={i18n.t("clients.form.title")}
      size="lg"
      submitLabel={i18n.t(conflict() ? "clients.form.createAnyway" : "common.create")}
      busy={form.busy()}
      error={form.formError()}
      onSubmit={() => submit(conflict() !== null)}
    >
      <Show when={conflict()}>
        {(candidates) => (
          <DuplicateList
            tone="danger"
            title={i18n.t("clients.form.conflict")}
            candidates={candidates()}
            action={openExisting}
          />
        )}
      </Show>
      <ClientFormFields
        draft={draft()}
        onChange={set}
        errors={form.fieldErrors()}
        fields={fields()}
        withStage
        afterName={
          <Show when={warnings().length > 0}>
            <div class="client-form__wide">
              <DuplicateList
                tone="warning"
                title={i18n.t("clients.form.maybeDuplicate")}
                candidates={warnings()}
                action={openExisting}
              />
            </div>
          </Show>
        }
      />
    </FormDialog>
  );
}
