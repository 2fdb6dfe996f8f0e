import { Button, IconChevronDown, IconPlus, IconTrash } from "@quartet/ui";
import { For, type JSX, Show } from "solid-js";
import { i18n } from "../i18n/index.ts";

/**
 * An ordered list of editable rows (cadence rules, deal stages): each row's fields, then buttons
 * to move it up or down or remove it, named for screen readers; an add button under the list.
 */
export function OrderedRows<T>(props: {
  label: string;
  rows: readonly T[];
  rowLabel: (index: number) => string;
  removeLabel: (index: number) => string;
  addLabel: string;
  readOnly: boolean;
  onMove: (index: number, by: -1 | 1) => void;
  onRemove: (index: number) => void;
  onAdd: () => void;
  children: (row: T, index: () => number) => JSX.Element;
}): JSX.Element {
  const move = (index: number, by: -1 | 1, icon: JSX.Element, label: string) => (
    <Button
      variant="ghost"
      size="sm"
      icon={icon}
      aria-label={label}
      disabled={index + by < 0 || index + by >= props.rows.length}
      onClick={() => props.onMove(index, by)}
    />
  );
  return (
    <>
      <ol class="fm-list fm-rows" aria-label={props.label}>
        <For each={props.rows}>
          {(row, index) => (
            <li class="fm-rows__row" aria-label={props.rowLabel(index())}>
              {props.children(row, index)}
              <Show when={!props.readOnly}>
                <div class="fm-row-moves">
                  {move(index(), -1, <IconChevronDown class="fm-flip" />, i18n.t("rules.moveUp"))}
                  {move(index(), 1, <IconChevronDown />, i18n.t("rules.moveDown"))}
                  <Button
                    variant="ghost"
                    size="sm"
                    icon={<IconTrash />}
                    aria-label={props.removeLabel(index())}
                    onClick={() => props.onRemove(index())}
                  />
                </div>
              </Show>
            </li>
          )}
        </For>
      </ol>
      <Show when={!props.readOnly}>
        <div>
          <Button variant="secondary" size="sm" icon={<IconPlus />} onClick={() => props.onAdd()}>
            {props.addLabel}
          </Button>
        </div>
      </Show>
    </>
  );
}
