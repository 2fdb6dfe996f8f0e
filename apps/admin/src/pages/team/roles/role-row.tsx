import { Badge, Button, IconEdit, IconTrash } from "@quartet/ui";
import { createSignal, For, type JSX, Show } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import type { Permission, Role } from "../../../lib/api-types.ts";
import { roleName } from "../../../lib/role-name.ts";

/** One role: name, scope and how many permissions; the list of permissions opens below it. */
export function RoleRow(props: {
  role: Role;
  catalog: readonly Permission[];
  onEdit?: (() => void) | undefined;
  onDelete?: (() => void) | undefined;
}): JSX.Element {
  const i18n = useT();
  const [open, setOpen] = createSignal(false);
  const name = () => (props.role.builtIn ? roleName(i18n, props.role.id) : props.role.name.en);
  const everything = () => props.role.permissions.includes("*");
  const descriptions = () =>
    props.role.permissions
      .map((id) => props.catalog.find((p) => p.id === id))
      .filter((p): p is Permission => p !== undefined);
  const panel = () => `role-${props.role.id}-permissions`;
  return (
    <li class="role-row">
      <div class="role-row__main">
        <div class="role-row__name">
          <span class="person__name">{name()}</span>
        </div>
        <Badge tone="info" title={i18n.t(`scopes.${props.role.scope}.description`)}>
          {i18n.t(`scopes.${props.role.scope}.short`)}
        </Badge>
        <button
          type="button"
          class="role-row__toggle"
          aria-expanded={open()}
          aria-controls={panel()}
          aria-label={
            open()
              ? i18n.t("roles.hidePermissions", { name: name() })
              : i18n.t("roles.showPermissions", { name: name() })
          }
          onClick={() => setOpen(!open())}
          disabled={everything()}
        >
          {everything()
            ? i18n.t("roles.everything")
            : i18n.t("roles.permissionCount", { count: props.role.permissions.length })}
        </button>
        <div class="q-spacer" />
        <Show when={props.onEdit}>
          {(edit) => (
            <Button
              size="sm"
              variant="ghost"
              icon={<IconEdit />}
              aria-label={i18n.t("roles.edit", { name: name() })}
              onClick={() => edit()()}
            />
          )}
        </Show>
        <Show when={props.onDelete}>
          {(remove) => (
            <Button
              size="sm"
              variant="ghost"
              icon={<IconTrash />}
              aria-label={i18n.t("roles.delete", { name: name() })}
              onClick={() => remove()()}
            />
          )}
        </Show>
      </div>
      <Show when={open()}>
        <ul id={panel()} class="role-row__permissions">
          <For each={descriptions()}>
            {(permission) => (
              <li>
                <span>{i18n.localized(permission.description)}</span>
                <code class="q-subtle">{permission.id}</code>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </li>
  );
}
