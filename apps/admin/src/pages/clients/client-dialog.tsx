import { Button, Dialog, Select, showToast, TagInput, TextField } from "@quartet/ui";
import { useQuery, useQueryClient } from "@tanstack/solid-query";
import { createSignal, type JSX, Show } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { useApi } from "../../lib/api-context.tsx";
import { useAccess } from "../../lib/me.ts";
import { invalidateOrg, orgKey } from "../../lib/org-key.ts";
import { failureOf } from "../../lib/server-errors.ts";
import { useServerForm } from "../../lib/server-form.ts";
import { type ClientDraft, clientInputOf, duplicateQueryOf, emptyClientDraft } from "./client-draft.ts";
import { type ClientStage, clientStages } from "./client-filters.ts";
import { type DuplicateCandidate, DuplicateList } from "./duplicate-list.tsx";
import { useDebounced } from "./use-debounced.ts";

const shownFields = [
  "kind",
  "name",
  "legalName",
  "inn",
  "kpp",
  "ogrn",
  "phones",
  "emails",
  "website",
  "address",
  "region",
  "city",
  "industry",
  "tags",
  "stage",
] as const;

type TextKey = Exclude<keyof ClientDraft, "kind" | "tags" | "stage">;

/**
 * The new-client form: the server's messages under each field, a live duplicates warning while
 * typing, and on a duplicate refusal the candidates with "create anyway".
 */
export function ClientDialog(props: { open: boolean; onOpenChange: (open: boolean) => void }): JSX.Element {
  const i18n = useT();
  const { trpc, org } = useApi();
  const access = useAccess();
  const queryClient = useQueryClient();
  const form = useServerForm(
    shownFields.flatMap((field) => [field, `${field}.0`, `${field}.1`, `${field}.2`]),
  );
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
  const errorOf = (field: string) =>
    form.fieldErrors()[field] ??
    Object.entries(form.fieldErrors()).find(([path]) => path.startsWith(`${field}.`))?.[1];
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
        return await trpc.core.clients.create.mutate({ ...clientInputOf(draft()), allowDuplicate });
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
  const text = (key: TextKey, label: string, extra: { description?: string; inputMode?: "numeric" } = {}) => (
    <TextField
      label={label}
      value={draft()[key]}
      onChange={(value) => set({ [key]: value })}
      error={errorOf(key)}
      description={extra.description}
      inputMode={extra.inputMode}
    />
  );
  return (
    <Dialog
      open={props.open}
      onOpenChange={(open) => (open ? props.onOpenChange(true) : close())}
      title={i18n.t("clients.form.title")}
      size="lg"
      footer={
        <>
          <Button variant="secondary" onClick={close}>
            {i18n.t("common.cancel")}
          </Button>
          <Show
            when={conflict()}
            fallback={
              <Button variant="primary" loading={form.busy()} onClick={() => submit(false)}>
                {i18n.t("common.create")}
              </Button>
            }
          >
            <Button variant="primary" loading={form.busy()} onClick={() => submit(true)}>
              {i18n.t("clients.form.createAnyway")}
            </Button>
          </Show>
        </>
      }
    >
      <form
        class="client-form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit(conflict() !== null);
        }}
      >
        <Show when={form.formError()}>
          <p class="q-error" role="alert">
            {form.formError()}
          </p>
        </Show>
        <Show when={conflict()}>
          {(candidates) => (
            <DuplicateList tone="danger" title={i18n.t("clients.form.conflict")} candidates={candidates()} />
          )}
        </Show>
        <div class="client-form__grid">
          <Select
            label={i18n.t("clients.form.kind")}
            options={[
              { value: "company", label: i18n.t("clients.company") },
              { value: "person", label: i18n.t("clients.person") },
            ]}
            value={draft().kind}
            onChange={(kind) => set({ kind: kind === "person" ? "person" : "company" })}
          />
          <Select
            label={i18n.t("clients.stage")}
            options={clientStages.map((stage) => ({ value: stage, label: i18n.t(`clientStage.${stage}`) }))}
            value={draft().stage}
            onChange={(stage) => set({ stage: stage as ClientStage })}
            error={errorOf("stage")}
          />
          <div class="client-form__wide">{text("name", i18n.t("clients.name"))}</div>
          <Show when={warnings().length > 0}>
            <div class="client-form__wide">
              <DuplicateList
                tone="warning"
                title={i18n.t("clients.form.maybeDuplicate")}
                candidates={warnings()}
              />
            </div>
          </Show>
          <div class="client-form__wide">{text("legalName", i18n.t("clients.form.legalName"))}</div>
          {text("inn", i18n.t("clients.inn"), { inputMode: "numeric" })}
          {text("kpp", i18n.t("clients.form.kpp"), { inputMode: "numeric" })}
          {text("ogrn", i18n.t("clients.form.ogrn"), { inputMode: "numeric" })}
          {text("website", i18n.t("clients.form.website"))}
          {text("phones", i18n.t("clients.form.phones"), { description: i18n.t("clients.form.commas") })}
          {text("emails", i18n.t("clients.form.emails"), { description: i18n.t("clients.form.commas") })}
          <div class="client-form__wide">{text("address", i18n.t("clients.form.address"))}</div>
          {text("region", i18n.t("clients.region"))}
          {text("city", i18n.t("clients.form.city"))}
          {text("industry", i18n.t("clients.industry"))}
          <TagInput
            label={i18n.t("clients.tags")}
            value={draft().tags}
            onChange={(tags) => set({ tags })}
            error={errorOf("tags")}
          />
        </div>
        <button type="submit" hidden />
      </form>
    </Dialog>
  );
}
