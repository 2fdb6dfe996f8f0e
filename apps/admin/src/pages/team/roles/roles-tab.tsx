import { Button, Card, ConfirmDialog, EmptyState, IconPlus, IconShield, Spinner } from "@quartet/ui";
import { useQueryClient } from "@tanstack/solid-query";
import { createSignal, For, type JSX, Show } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import { useApi } from "../../../lib/api-context.tsx";
import type { Role } from "../../../lib/api-types.ts";
import { useAccess } from "../../../lib/me.ts";
import { invalidateOrg } from "../../../lib/org-key.ts";
import { useRoles } from "../../../lib/roles.ts";
import { runAction } from "../../../lib/run-action.ts";
import { usePlugins } from "../../functions/use-plugins.ts";
import { RoleDialog } from "./role-dialog.tsx";
import { RoleRow } from "./role-row.tsx";

/** Roles: the built-in ones with their permissions, and custom roles to create, edit and delete. */
export function RolesTab(): JSX.Element {
  const i18n = useT();
  const { trpc, org } = useApi();
  const access = useAccess();
  const queryClient = useQueryClient();
  const roles = useRoles();
  const [editing, setEditing] = createSignal<Role | "new" | null>(null);
  const [deleting, setDeleting] = createSignal<Role | null>(null);
  const manage = () => access.can("core.roles.manage");
  const builtIn = () => roles.data?.roles.filter((r) => r.builtIn) ?? [];
  const custom = () => roles.data?.roles.filter((r) => !r.builtIn) ?? [];
  const plugins = usePlugins();
  const groupName = (owner: string) => {
    if (owner === "core") return i18n.t("roles.core");
    const plugin = plugins.data?.plugins.find((p) => p.id === owner);
    return plugin ? i18n.localized(plugin.name) : owner;
  };
  const remove = async () => {
    const role = deleting();
    if (!role) return;
    await runAction(
      i18n,
      () => trpc.core.roles.delete.mutate({ roleId: role.id }),
      i18n.t("roles.deleted", { name: role.name.en }),
    );
    await invalidateOrg(queryClient, org.id(), "roles");
  };
  const createButton = () => (
    <Show when={manage()}>
      <Button variant="primary" icon={<IconPlus />} onClick={() => setEditing("new")}>
        {i18n.t("roles.create")}
      </Button>
    </Show>
  );
  return (
    <Show
      when={roles.data}
      fallback={
        <div class="card-loading">
          <Spinner />
        </div>
      }
    >
      {(list) => (
        <div class="q-stack q-gap-6">
          <Card
            title={i18n.t("roles.custom")}
            description={i18n.t("roles.description")}
            actions={createButton()}
            padding="flush"
          >
            <Show
              when={custom().length > 0}
              fallback={
                <EmptyState
                  icon={<IconShield />}
                  title={i18n.t("roles.customEmpty")}
                  description={i18n.t("roles.customEmptyHint")}
                />
              }
            >
              <ul class="role-list">
                <For each={custom()}>
                  {(role) => (
                    <RoleRow
                      role={role}
                      catalog={list().permissions}
                      onEdit={manage() ? () => setEditing(role) : undefined}
                      onDelete={manage() ? () => setDeleting(role) : undefined}
                    />
                  )}
                </For>
              </ul>
            </Show>
          </Card>
          <Card title={i18n.t("roles.builtInTitle")} padding="flush">
            <ul class="role-list">
              <For each={builtIn()}>{(role) => <RoleRow role={role} catalog={list().permissions} />}</For>
            </ul>
          </Card>
          <RoleDialog
            open={editing() !== null}
            onOpenChange={(open) => !open && setEditing(null)}
            role={editing() === "new" ? undefined : ((editing() as Role | null) ?? undefined)}
            catalog={list().permissions}
            groupName={groupName}
          />
          <ConfirmDialog
            open={deleting() !== null}
            onOpenChange={(open) => !open && setDeleting(null)}
            title={i18n.t("roles.deleteTitle", { name: deleting()?.name.en ?? "" })}
            description={i18n.t("roles.deleteText")}
            confirmLabel={i18n.t("common.delete")}
            tone="danger"
            onConfirm={remove}
          />
        </div>
      )}
    </Show>
  );
}
