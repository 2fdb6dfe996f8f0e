import {
  Button,
  Card,
  Checkbox,
  Combobox,
  CopyField,
  FileField,
  IconPlus,
  RadioCards,
  Select,
  Switch,
  TagInput,
  TextField,
} from "@quartet/ui";
import { createSignal, type JSX } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import { Specimen } from "./specimen.tsx";

/** The kit's form components, each with a live sample that keeps its value on this page. */
export function KitForms(): JSX.Element {
  const i18n = useT();
  const [name, setName] = createSignal("");
  const [cadence, setCadence] = createSignal("monthly");
  const [manager, setManager] = createSignal<string | undefined>(undefined);
  const [remind, setRemind] = createSignal(true);
  const [auto, setAuto] = createSignal(false);
  const [mode, setMode] = createSignal("round-robin");
  const [tags, setTags] = createSignal<string[]>(["опт"]);
  const [file, setFile] = createSignal<string | null>(null);
  const cadences = () => [
    { value: "weekly", label: i18n.t("kit.demo.weekly") },
    { value: "monthly", label: i18n.t("kit.demo.monthly") },
    { value: "quarterly", label: i18n.t("kit.demo.quarterly") },
  ];
  return (
    <Card title={i18n.t("kit.sections.forms")}>
      <div class="kit-grid">
        <Specimen name="Button">
          <div class="kit-row">
            <Button icon={<IconPlus />}>{i18n.t("kit.demo.primary")}</Button>
            <Button variant="secondary">{i18n.t("kit.demo.secondary")}</Button>
            <Button variant="danger">{i18n.t("kit.demo.danger")}</Button>
            <Button variant="secondary" loading>
              {i18n.t("kit.demo.primary")}
            </Button>
          </div>
        </Specimen>
        <Specimen name="TextField">
          <TextField
            label={i18n.t("kit.demo.name")}
            description={i18n.t("kit.demo.nameHint")}
            value={name()}
            onChange={setName}
          />
        </Specimen>
        <Specimen name="Select">
          <Select
            label={i18n.t("kit.demo.cadence")}
            options={cadences()}
            value={cadence()}
            onChange={setCadence}
          />
        </Specimen>
        <Specimen name="Combobox">
          <Combobox
            label={i18n.t("kit.demo.manager")}
            options={[
              { value: "anna", label: i18n.t("kit.demo.person") },
              { value: "ivan", label: i18n.t("kit.demo.rowTwo.client") },
            ]}
            value={manager()}
            onChange={setManager}
          />
        </Specimen>
        <Specimen name="Checkbox">
          <Checkbox label={i18n.t("kit.demo.remind")} checked={remind()} onChange={setRemind} />
        </Specimen>
        <Specimen name="Switch">
          <Switch label={i18n.t("kit.demo.autoAssign")} checked={auto()} onChange={setAuto} />
        </Specimen>
        <Specimen name="RadioCards">
          <RadioCards
            label={i18n.t("kit.demo.mode")}
            value={mode()}
            onChange={setMode}
            options={[
              {
                value: "round-robin",
                label: i18n.t("kit.demo.modeOne"),
                description: i18n.t("kit.demo.modeOneText"),
              },
              {
                value: "least-busy",
                label: i18n.t("kit.demo.modeTwo"),
                description: i18n.t("kit.demo.modeTwoText"),
              },
            ]}
          />
        </Specimen>
        <Specimen name="TagInput">
          <TagInput label={i18n.t("kit.demo.tags")} value={tags()} onChange={setTags} />
        </Specimen>
        <Specimen name="FileField">
          <FileField
            label={i18n.t("kit.demo.file")}
            chooseLabel={i18n.t("kit.demo.chooseFile")}
            emptyLabel={file() ?? i18n.t("kit.demo.noFile")}
            onFile={(chosen) => setFile(chosen.name)}
          />
        </Specimen>
        <Specimen name="CopyField">
          <CopyField label={i18n.t("kit.demo.key")} value="https://crm.example.ru/hooks/forms/site" />
        </Specimen>
      </div>
    </Card>
  );
}
