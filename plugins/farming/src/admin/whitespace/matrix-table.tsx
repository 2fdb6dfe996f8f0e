import { Table, type TableColumn } from "@quartet/ui";
import type { JSX } from "solid-js";
import type { FarmingOutputs } from "../api.ts";
import { i18n } from "../i18n/index.ts";

/** Who buys what, as `whitespace.matrix` answers it. */
export type Matrix = FarmingOutputs["whitespace"]["matrix"];

type Row = Matrix["rows"][number];
type CellState = "buys" | "offer" | "none";

/**
 * Clients (rows) by categories (columns): a mark where the client buys the category, a dashed one
 * where the picked client is worth offering it. A row (click, Enter) picks the client for its
 * offers; the table scrolls sideways inside its card.
 */
export function MatrixTable(props: {
  matrix: Matrix;
  picked: string | null;
  /** The categories offered to the picked client: marked in its row. */
  offered: ReadonlySet<string>;
  onPick: (clientId: string) => void;
}): JSX.Element {
  const state = (row: Row, index: number): CellState => {
    if (row.cells[index]) return "buys";
    const category = props.matrix.categories[index]?.categoryId ?? "";
    return props.picked === row.clientId && props.offered.has(category) ? "offer" : "none";
  };
  const columns = (): TableColumn<Row>[] => [
    {
      id: "client",
      header: i18n.t("whitespace.client"),
      cell: (row) => (
        <span class="fm-matrix__client" data-picked={props.picked === row.clientId ? "" : undefined}>
          {row.clientName}
        </span>
      ),
    },
    ...props.matrix.categories.map((category, index) => ({
      id: category.categoryId,
      header: category.name,
      cell: (row: Row) => (
        <span class="fm-matrix__cell" data-state={state(row, index)}>
          <span class="q-visually-hidden">{i18n.t(`whitespace.cell.${state(row, index)}`)}</span>
        </span>
      ),
    })),
  ];
  return (
    <div class="fm-matrix">
      <Table
        caption={i18n.t("whitespace.matrixCaption")}
        columns={columns()}
        rows={props.matrix.rows}
        rowKey={(row) => row.clientId}
        onRowActivate={(row) => props.onPick(row.clientId)}
      />
    </div>
  );
}
