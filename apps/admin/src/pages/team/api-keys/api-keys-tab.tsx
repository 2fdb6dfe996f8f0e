import {
  Badge,
  Button,
  Card,
  ConfirmDialog,
  EmptyState,
  IconKey,
  Table,
  type TableColumn,
} from "@quartet/ui";
import { useQueryClient } from "@tanstack/solid-query";
import { createSignal, type JSX, Show } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import { useApi } from "../../../lib/api-context.tsx";
import type { ApiKey } from "../../../lib/api-types.ts";
import { invalidateOrg } from "../../../lib/org-key.ts";
import { roleName } from "../../../lib/role-name.ts";
import { customRoleNames, useRoles } from "../../../lib/roles.ts";
import { runAction } from "../../../lib/run-action.ts";
import { useApiKeys } from "../queries.ts";
import { CreateKeyForm } from "./create-key-form.tsx";

/** API keys: create one (shown once), and the list with prefix, role, last use and a revoke button. */
export function ApiKeysTab(): JSX.Element {
  const i18n = useT();
  const { trpc, org } = useApi();
  const queryClient = useQueryClient();
  const keys = useApiKeys();
  const roles = useRoles();
  const [revoking, setRevoking] = createSignal<ApiKey | null>(null);
  const revoke = async () => {
    const key = revoking();
    if (!key) return;
    await runAction(
      i18n,
      () => trpc.core.apiKeys.revoke.mutate({ keyId: key.id }),
      i18n.t("apiKeys.revokedToast", { name: key.name }),
    );
    await invalidateOrg(queryClient, org.id(), "apiKeys");
  };
  const columns = (): TableColumn<ApiKey>[] => [
    {
      id: "name",
      header: i18n.t("apiKeys.name"),
      cell: (key) => <span class="person__name">{key.name}</span>,
    },
    {
      id: "prefix",
      header: i18n.t("apiKeys.prefix"),
      cell: (key) => <code class="q-subtle">{key.prefix}…</code>,
    },
    {
      id: "role",
      header: i18n.t("apiKeys.role"),
      cell: (key) => <Badge>{roleName(i18n, key.role, customRoleNames(roles.data))}</Badge>,
    },
    {
      id: "created",
      header: i18n.t("apiKeys.created"),
      cell: (key) => <span class="q-subtle cell-date">{i18n.formatDate(key.createdAt)}</span>,
    },
    {
      id: "lastUsed",
      header: i18n.t("apiKeys.lastUsed"),
      cell: (key) => (
        <span class="q-subtle">
          {key.lastUsedAt ? i18n.formatDateTime(key.lastUsedAt) : i18n.t("common.never")}
        </span>
      ),
    },
    {
      id: "state",
      header: i18n.t("common.actions"),
      headerHidden: true,
      align: "end",
      cell: (key) => (
        <Show when={!key.revokedAt} fallback={<Badge tone="danger">{i18n.t("apiKeys.revoked")}</Badge>}>
          <Button
            size="sm"
            variant="ghost"
            aria-label={i18n.t("apiKeys.revokeLabel", { name: key.name })}
            onClick={() => setRevoking(key)}
          >
            {i18n.t("apiKeys.revoke")}
          </Button>
        </Show>
      ),
    },
  ];
  return (
    <Card title={i18n.t("apiKeys.title")} description={i18n.t("apiKeys.description")} padding="flush">
      <div class="card-section">
        <CreateKeyForm />
      </div>
      <Table
        caption={i18n.t("apiKeys.title")}
        columns={columns()}
        rows={keys.data ?? []}
        rowKey={(key) => key.id}
        empty={
          <EmptyState
            icon={<IconKey />}
            title={i18n.t("apiKeys.empty")}
            description={i18n.t("apiKeys.emptyHint")}
          />
        }
      />
      <ConfirmDialog
        open={revoking() !== null}
        onOpenChange={(open) => !open && setRevoking(null)}
        title={i18n.t("apiKeys.revokeTitle", { name: revoking()?.name ?? "" })}
        description={i18n.t("apiKeys.revokeText")}
        confirmLabel={i18n.t("apiKeys.revoke")}
        tone="danger"
        onConfirm={revoke}
      />
    </Card>
  );
}
