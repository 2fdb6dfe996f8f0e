import { Badge, Button, Card, IconEdit, IconSearch, Select, TextField } from "@quartet/ui";
import { createSignal, For, type JSX, Show } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { useApi } from "../../lib/api-context.tsx";
import { useAccess } from "../../lib/me.ts";
import { useOrgRefresh } from "../../lib/org-refresh.ts";
import { useServerForm } from "../../lib/server-form.ts";
import { type ClientStage, clientStages } from "../clients/client-filters.ts";
import { stageTone } from "../clients/clients-table.tsx";
import { useClientFields } from "../clients/use-client-fields.ts";
import { ClientDuplicates } from "./client-duplicates.tsx";
import { ClientEditDialog } from "./client-edit-dialog.tsx";
import type { ClientPageData } from "./client-types.ts";
import { customFieldText } from "./custom-field-text.ts";

/** A client's heading with "edit" and "find duplicates", its stage (with "change stage") and every field it has, custom ones included. */
export function ClientDetails(props: { page: ClientPageData }): JSX.Element {
  const i18n = useT();
  const { trpc } = useApi();
  const access = useAccess();
  const refresh = useOrgRefresh();
  const form = useServerForm(["to", "reason", "basis"]);
  const [to, setTo] = createSignal<ClientStage | null>(null);
  const [reason, setReason] = createSignal("");
  const [editing, setEditing] = createSignal(false);
  const [findingDuplicates, setFindingDuplicates] = createSignal(false);
  const fields = useClientFields();
  const client = () => props.page.client;
  const target = () => to() ?? client().stage;
  const change = async () => {
    const result = await form.run(() =>
      trpc.core.clients.changeStage.mutate({
        clientId: client().id,
        to: target(),
        reason: reason().trim() || null,
        basis: target() === "customer" ? "manual" : null,
      }),
    );
    if (!result.ok) return;
    setTo(null);
    setReason("");
    await refresh("clients", "timeline");
  };
  const rows = (): [string, string][] =>
    (
      [
        [i18n.t("clients.form.legalName"), client().legalName],
        [i18n.t("clients.inn"), client().inn],
        [i18n.t("clients.form.kpp"), client().kpp],
        [i18n.t("clients.form.ogrn"), client().ogrn],
        [i18n.t("clients.form.phones"), client().phones.join(", ")],
        [i18n.t("clients.form.emails"), client().emails.join(", ")],
        [i18n.t("clients.form.website"), client().website],
        [i18n.t("clients.form.address"), client().address],
        [i18n.t("clients.region"), [client().region, client().city].filter(Boolean).join(", ")],
        [i18n.t("clients.industry"), client().industry],
        ...fields().map((def) => [
          def.label[i18n.locale()] || def.key,
          customFieldText(def, client().customFields[def.key], {
            yes: i18n.t("clientEdit.yes"),
            no: i18n.t("clientEdit.no"),
            date: (value) => i18n.formatDate(value),
            number: (value) => i18n.formatNumber(value),
          }),
        ]),
      ] as [string, string | null][]
    ).filter((row): row is [string, string] => Boolean(row[1]));
  return (
    <Card padding="flush">
      <div class="client-head">
        <div class="q-stack q-gap-1">
          <h1>{client().name}</h1>
          <span class="client-head__meta">
            <span class="q-muted">
              {i18n.t(client().kind === "person" ? "clients.person" : "clients.company")}
            </span>
            <Badge tone={stageTone[client().stage]}>{i18n.t(`clientStage.${client().stage}`)}</Badge>
            <For each={client().tags}>{(tag) => <Badge>{tag}</Badge>}</For>
          </span>
        </div>
        <div class="client-head__actions">
          <Button variant="ghost" size="sm" icon={<IconSearch />} onClick={() => setFindingDuplicates(true)}>
            {i18n.t("merge.find")}
          </Button>
          <Show when={access.can("core.clients.write")}>
            <Button variant="secondary" size="sm" icon={<IconEdit />} onClick={() => setEditing(true)}>
              {i18n.t("clientEdit.edit")}
            </Button>
          </Show>
        </div>
      </div>
      <ClientEditDialog client={client()} open={editing()} onOpenChange={setEditing} />
      <ClientDuplicates client={client()} open={findingDuplicates()} onOpenChange={setFindingDuplicates} />
      <dl class="client-fields">
        <For each={rows()}>
          {(row) => (
            <div class="client-fields__row">
              <dt>{row[0]}</dt>
              <dd>{row[1]}</dd>
            </div>
          )}
        </For>
      </dl>
      <Show when={access.can("core.clients.write")}>
        <div class="client-stage">
          <Select
            label={i18n.t("clientPage.changeStage")}
            options={clientStages.map((stage) => ({ value: stage, label: i18n.t(`clientStage.${stage}`) }))}
            value={target()}
            onChange={(stage) => setTo(stage as ClientStage)}
            error={form.fieldErrors().to}
          />
          <TextField
            label={i18n.t("clientPage.reason")}
            value={reason()}
            onChange={setReason}
            error={form.fieldErrors().reason}
          />
          <Button
            variant="secondary"
            disabled={target() === client().stage}
            loading={form.busy()}
            onClick={() => void change()}
          >
            {i18n.t("clientPage.applyStage")}
          </Button>
        </div>
        <Show when={form.formError()}>
          <p class="q-error client-stage__error" role="alert">
            {form.formError()}
          </p>
        </Show>
      </Show>
    </Card>
  );
}
