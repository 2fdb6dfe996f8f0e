import { Card, RowActions, StageMoveMenu, showToast, Table } from "@quartet/ui";
import { createSignal, type JSX } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import { Specimen } from "./specimen.tsx";

type Row = { client: string; stage: string; amount: string };

/** The kit's table components, each with a sample. */
export function KitTables(): JSX.Element {
  const i18n = useT();
  const rows = (): Row[] => [
    {
      client: i18n.t("kit.demo.rowOne.client"),
      stage: i18n.t("kit.demo.rowOne.stage"),
      amount: i18n.t("kit.demo.rowOne.amount"),
    },
    {
      client: i18n.t("kit.demo.rowTwo.client"),
      stage: i18n.t("kit.demo.rowTwo.stage"),
      amount: i18n.t("kit.demo.rowTwo.amount"),
    },
  ];
  const said = (text: string) => () => showToast({ title: text });
  const [stage, setStage] = createSignal("negotiation");
  return (
    <Card title={i18n.t("kit.sections.tables")}>
      <div class="kit-grid">
        <Specimen name="Table">
          <Table
            caption={i18n.t("kit.demo.pageTitle")}
            rows={rows()}
            rowKey={(row) => row.client}
            columns={[
              { id: "client", header: i18n.t("kit.demo.client"), cell: (row) => row.client },
              { id: "stage", header: i18n.t("kit.demo.stage"), cell: (row) => row.stage },
              { id: "amount", header: i18n.t("kit.demo.amount"), cell: (row) => row.amount, align: "end" },
            ]}
          />
        </Specimen>
        <Specimen name="RowActions">
          <RowActions
            editLabel={i18n.t("kit.demo.edit")}
            removeLabel={i18n.t("kit.demo.remove")}
            onEdit={said(i18n.t("kit.demo.edit"))}
            onRemove={said(i18n.t("kit.demo.remove"))}
          />
        </Specimen>
        <Specimen name="StageMoveMenu">
          <div class="q-board-card kit-board-card">
            <StageMoveMenu
              label={i18n.t("kit.demo.moveTo")}
              groupLabel={i18n.t("kit.demo.stages")}
              current={stage()}
              onMove={setStage}
              stages={[
                { value: "lead", label: i18n.t("kit.demo.stageLead") },
                { value: "negotiation", label: i18n.t("kit.demo.rowOne.stage") },
                { value: "customer", label: i18n.t("kit.demo.rowTwo.stage") },
              ]}
            />
            <span>{i18n.t("kit.demo.rowOne.client")}</span>
          </div>
        </Specimen>
      </div>
    </Card>
  );
}
