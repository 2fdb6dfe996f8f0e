import { Checkbox } from "@quartet/ui";
import { For, type JSX } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import { type CatalogPermission, groupPermissions, groupState, toggleGroup } from "./permission-groups.ts";

/** Permissions as checkboxes grouped by owner; each group has a "select all" box showing all, some or none. */
export function PermissionChecklist(props: {
  catalog: readonly CatalogPermission[];
  selected: ReadonlySet<string>;
  onChange: (selected: Set<string>) => void;
  groupName: (owner: string) => string;
  error?: string | undefined;
}): JSX.Element {
  const i18n = useT();
  const toggle = (id: string, on: boolean) => {
    const next = new Set(props.selected);
    if (on) next.add(id);
    else next.delete(id);
    props.onChange(next);
  };
  return (
    <div class="checklist">
      <For each={groupPermissions(props.catalog)}>
        {(group) => (
          <fieldset class="checklist__group">
            <legend class="q-visually-hidden">{props.groupName(group.owner)}</legend>
            <Checkbox
              class="checklist__head"
              label={<span class="checklist__title">{props.groupName(group.owner)}</span>}
              checked={groupState(group, props.selected) === "all"}
              indeterminate={groupState(group, props.selected) === "some"}
              onChange={(on) => props.onChange(toggleGroup(props.selected, group, on))}
            />
            <For each={group.permissions}>
              {(permission) => (
                <Checkbox
                  class="checklist__item"
                  label={i18n.localized(permission.description)}
                  description={<code>{permission.id}</code>}
                  checked={props.selected.has(permission.id)}
                  onChange={(on) => toggle(permission.id, on)}
                />
              )}
            </For>
          </fieldset>
        )}
      </For>
      <p class="q-field__error" role="alert">
        {props.error ?? ""}
      </p>
    </div>
  );
}
