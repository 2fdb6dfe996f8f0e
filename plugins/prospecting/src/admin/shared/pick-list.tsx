import { Card, EmptyState } from "@quartet/ui";
import { For, type JSX, Show } from "solid-js";

/**
 * A card listing things to pick one of (forms, scripts): each row a button, the chosen one
 * marked, optional actions beside it; an empty state when there is nothing yet.
 */
export function PickList<T extends { id: string }>(props: {
  items: readonly T[] | undefined;
  chosen: string | null;
  empty: string;
  onPick: (item: T) => void;
  row: (item: T) => JSX.Element;
  actions?: (item: T) => JSX.Element;
}): JSX.Element {
  return (
    <Card>
      <Show when={props.items}>
        {(items) => (
          <Show when={items().length > 0} fallback={<EmptyState title={props.empty} />}>
            <ul class="pr-list">
              <For each={items()}>
                {(item) => (
                  <li class="pr-list__row" data-chosen={props.chosen === item.id ? "" : undefined}>
                    <button type="button" class="pr-list__item" onClick={() => props.onPick(item)}>
                      {props.row(item)}
                    </button>
                    {props.actions?.(item)}
                  </li>
                )}
              </For>
            </ul>
          </Show>
        )}
      </Show>
    </Card>
  );
}
