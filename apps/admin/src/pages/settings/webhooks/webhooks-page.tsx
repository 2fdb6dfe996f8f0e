import { Button, Card, ConfirmDialog, IconPlus } from "@quartet/ui";
import { useQueryClient } from "@tanstack/solid-query";
import { createSignal, type JSX, Show } from "solid-js";
import { RequirePermission } from "../../../guards/require-permission.tsx";
import { useT } from "../../../i18n/index.ts";
import { useApi } from "../../../lib/api-context.tsx";
import { invalidateOrg } from "../../../lib/org-key.ts";
import { usePageTitle } from "../../../lib/page-title.ts";
import { runAction } from "../../../lib/run-action.ts";
import { DeliveriesCard } from "./deliveries-card.tsx";
import { EndpointDialog } from "./endpoint-dialog.tsx";
import { EndpointsTable } from "./endpoints-table.tsx";
import { type Endpoint, useEndpoints } from "./queries.ts";
import { SecretCallout } from "./secret-callout.tsx";
import "./webhooks.css";

/**
 * `/settings/webhooks`: the addresses subscribed to events, a dialog to add or change one, the
 * signing secret shown once (on adding and on a new secret), and the delivery log with "Send again".
 */
export default function WebhooksPage(): JSX.Element {
  const i18n = useT();
  const { trpc, org } = useApi();
  const queryClient = useQueryClient();
  const endpoints = useEndpoints();
  usePageTitle(() => i18n.t("webhooks.title"));
  const [dialog, setDialog] = createSignal<{ endpoint: Endpoint | null } | null>(null);
  const [secret, setSecret] = createSignal<string | null>(null);
  const [rotating, setRotating] = createSignal<Endpoint | null>(null);
  const [removing, setRemoving] = createSignal<Endpoint | null>(null);
  const [chosen, setChosen] = createSignal<string | null>(null);
  const selected = () => {
    const list = endpoints.data ?? [];
    return list.find((endpoint) => endpoint.id === chosen()) ?? list[0] ?? null;
  };
  const refresh = () => invalidateOrg(queryClient, org.id(), "webhooks");
  const rotate = async () => {
    const endpoint = rotating();
    if (!endpoint) return;
    await runAction(i18n, async () =>
      setSecret((await trpc.core.webhooks.rotateSecret.mutate({ id: endpoint.id })).secret),
    );
    await refresh();
  };
  const remove = async () => {
    const endpoint = removing();
    if (!endpoint) return;
    await runAction(
      i18n,
      () => trpc.core.webhooks.remove.mutate({ id: endpoint.id }),
      i18n.t("webhooks.removed"),
    );
    setSecret(null);
    await refresh();
  };
  return (
    <RequirePermission permission="core.webhooks.manage">
      <div class="q-container">
        <div class="q-page-header">
          <div class="q-stack q-gap-1">
            <h1>{i18n.t("webhooks.title")}</h1>
            <p class="q-muted">{i18n.t("webhooks.subtitle")}</p>
          </div>
          <Button variant="primary" icon={<IconPlus />} onClick={() => setDialog({ endpoint: null })}>
            {i18n.t("webhooks.add")}
          </Button>
        </div>
        <div class="q-stack q-gap-6">
          <Show when={secret()}>{(value) => <SecretCallout secret={value()} />}</Show>
          <Card title={i18n.t("webhooks.title")} padding="flush">
            <EndpointsTable
              endpoints={endpoints.data ?? []}
              selected={selected()?.id ?? null}
              onSelect={(endpoint) => setChosen(endpoint.id)}
              onEdit={(endpoint) => setDialog({ endpoint })}
              onRotate={setRotating}
              onRemove={setRemoving}
            />
          </Card>
          <Show when={selected()} keyed>
            {(endpoint) => <DeliveriesCard endpoint={endpoint} />}
          </Show>
        </div>
        <EndpointDialog
          open={dialog() !== null}
          onOpenChange={(open) => !open && setDialog(null)}
          endpoint={dialog()?.endpoint ?? null}
          onCreated={setSecret}
        />
        <ConfirmDialog
          open={rotating() !== null}
          onOpenChange={(open) => !open && setRotating(null)}
          title={i18n.t("webhooks.rotateTitle")}
          description={i18n.t("webhooks.rotateText")}
          confirmLabel={i18n.t("webhooks.rotate")}
          onConfirm={rotate}
        />
        <ConfirmDialog
          open={removing() !== null}
          onOpenChange={(open) => !open && setRemoving(null)}
          title={i18n.t("webhooks.removeTitle")}
          description={i18n.t("webhooks.removeText", { url: removing()?.url ?? "" })}
          confirmLabel={i18n.t("webhooks.remove")}
          tone="danger"
          onConfirm={remove}
        />
      </div>
    </RequirePermission>
  );
}
