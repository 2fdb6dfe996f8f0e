import { Badge, Button, Card, IconEdit, IconSearch, Slot } from "@quartet/ui";
import { createSignal, For, type JSX, Show } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { useAccess } from "../../lib/me.ts";
import { useClientFields } from "../clients/use-client-fields.ts";
import { ClientDuplicates } from "./client-duplicates.tsx";
import { ClientEditDialog } from "./client-edit-dialog.tsx";
import type { ClientPageData } from "./client-types.ts";
import { ContactFacts } from "./contact-facts.tsx";
import { customFieldText } from "./custom-field-text.ts";
import { StageControl } from "./stage-control.tsx";

/**
 * The key facts of a client at the top of its card: name, kind, tier and tags; the stage in one
 * control; the INN; phones, emails, website and Telegram as links; plugins' actions ("Create a
 * deal"); "edit" and "find duplicates"; the remaining details, custom fields included.
 */
export function ClientDetails(props: { page: ClientPageData; onAction: () => void }): JSX.Element {
  const i18n = useT();
  const access = useAccess();
  const [editing, setEditing] = createSignal(false);
  const [findingDuplicates, setFindingDuplicates] = createSignal(false);
  const fields = useClientFields();
  const client = () => props.page.client;
  const rows = (): [string, string][] =>
    (
      [
        [i18n.t("clients.form.legalName"), client().legalName],
        [i18n.t("clients.form.kpp"), client().kpp],
        [i18n.t("clients.form.ogrn"), client().ogrn],
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
    <Card padding="flush" class="client-facts">
      <div class="client-head">
        <div class="q-stack q-gap-1">
          <h1>{client().name}</h1>
          <span class="client-head__meta">
            <span class="q-muted">
              {i18n.t(client().kind === "person" ? "clients.person" : "clients.company")}
            </span>
            <Badge tone={client().tier === "vip" ? "vip" : "neutral"}>
              {i18n.t(`clientPage.facts.tier.${client().tier}`)}
            </Badge>
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
      <div class="client-facts__body">
        <StageControl client={client()} />
        <Slot
          name="client.actions"
          class="client-actions"
          props={{ clientId: client().id, clientName: client().name, onDone: props.onAction }}
        />
        <dl class="client-facts__links">
          <Show when={client().inn}>
            <div class="client-facts__row">
              <dt>{i18n.t("clientPage.facts.inn")}</dt>
              <dd>{client().inn}</dd>
            </div>
          </Show>
        </dl>
        <ContactFacts client={client()} />
        <dl class="client-facts__links">
          <For each={rows()}>
            {(row) => (
              <div class="client-facts__row">
                <dt>{row[0]}</dt>
                <dd>{row[1]}</dd>
              </div>
            )}
          </For>
        </dl>
      </div>
    </Card>
  );
}
