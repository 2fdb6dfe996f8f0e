import { Select, Table, type TableColumn } from "@quartet/ui";
import type { JSX } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { type ImportTarget, importTargets } from "./upload-csv.ts";

/** One CSV column with its chosen field and sample values. */
export type MappedColumn = { header: string; field: ImportTarget | null; samples: string[] };

const skip = "*";

/** The column mapping: each CSV column, its first values and a select of the client field it fills. */
export function MappingTable(props: {
  columns: readonly MappedColumn[];
  onChange: (header: string, field: ImportTarget | null) => void;
}): JSX.Element {
  const i18n = useT();
  const options = () => [
    { value: skip, label: i18n.t("importWizard.skipColumn") },
    ...importTargets.map((target) => ({ value: target, label: i18n.t(`importWizard.fields.${target}`) })),
  ];
  const columns = (): TableColumn<MappedColumn>[] => [
    {
      id: "header",
      header: i18n.t("importWizard.column"),
      cell: (column) => <strong>{column.header}</strong>,
    },
    {
      id: "samples",
      header: i18n.t("importWizard.samples"),
      cell: (column) => (
        <span class="q-subtle">{column.samples.filter(Boolean).slice(0, 2).join(" · ") || "—"}</span>
      ),
    },
    {
      id: "field",
      header: i18n.t("importWizard.field"),
      width: "240px",
      cell: (column) => (
        <Select
          label={i18n.t("importWizard.fieldFor", { column: column.header })}
          labelHidden
          options={options()}
          value={column.field ?? skip}
          onChange={(value) => props.onChange(column.header, value === skip ? null : (value as ImportTarget))}
        />
      ),
    },
  ];
  return (
    <Table
      caption={i18n.t("importWizard.mapping")}
      columns={columns()}
      rows={props.columns}
      rowKey={(c) => c.header}
    />
  );
}
