import { createSignal, For, type JSX, Show } from "solid-js";
import { nextRowIndex } from "./row-navigation.ts";

/** A column: its header and how to render a cell. */
export type TableColumn<T> = {
  id: string;
  header: string;
  cell: (row: T) => JSX.Element;
  align?: "start" | "end";
  width?: string;
  /** Keeps the header for screen readers only, e.g. over a column of row actions. */
  headerHidden?: boolean;
  /** A class for the column's cells, e.g. `q-hide-narrow` to drop a secondary column on a phone. */
  class?: string;
};

/** A table's columns, rows and row activation. */
export type TableProps<T> = {
  /** Names the table for screen readers (visually hidden). */
  caption: string;
  columns: readonly TableColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** Enter, Space or a click on a row; rows look clickable when set. */
  onRowActivate?: (row: T) => void;
  /** Shown in place of the body when there are no rows. */
  empty?: JSX.Element;
};

/**
 * A simple data table. Rows form one tab stop: arrows, Home/End and PageUp/PageDown move between them.
 *
 * @example <Table caption={t("clients.title")} columns={columns} rows={clients()} rowKey={(c) => c.id} onRowActivate={open} />
 */
export function Table<T>(props: TableProps<T>): JSX.Element {
  const [active, setActive] = createSignal(0);
  let body: HTMLTableSectionElement | undefined;

  const focusRow = (index: number) => {
    setActive(index);
    body?.querySelectorAll<HTMLTableRowElement>(":scope > tr")[index]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent, index: number, row: T) => {
    if ((event.key === "Enter" || event.key === " ") && props.onRowActivate) {
      event.preventDefault();
      props.onRowActivate(row);
      return;
    }
    const next = nextRowIndex(event.key, index, props.rows.length);
    if (next === undefined) return;
    event.preventDefault();
    focusRow(next);
  };

  return (
    <div class="q-table-wrap">
      <Show when={props.rows.length > 0} fallback={props.empty}>
        <table class="q-table" data-interactive={props.onRowActivate ? "" : undefined}>
          <caption class="q-visually-hidden">{props.caption}</caption>
          <thead>
            <tr>
              <For each={props.columns}>
                {(column) => (
                  <th
                    scope="col"
                    class={column.class}
                    data-align={column.align ?? "start"}
                    style={{ width: column.width }}
                  >
                    <span classList={{ "q-visually-hidden": column.headerHidden }}>{column.header}</span>
                  </th>
                )}
              </For>
            </tr>
          </thead>
          <tbody ref={body}>
            <For each={props.rows}>
              {(row, index) => (
                <tr
                  tabIndex={index() === Math.min(active(), props.rows.length - 1) ? 0 : -1}
                  data-key={props.rowKey(row)}
                  onFocus={() => setActive(index())}
                  onKeyDown={(event) => onKeyDown(event, index(), row)}
                  onClick={() => props.onRowActivate?.(row)}
                >
                  <For each={props.columns}>
                    {(column) => (
                      <td class={column.class} data-align={column.align ?? "start"}>
                        {column.cell(row)}
                      </td>
                    )}
                  </For>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
    </div>
  );
}
