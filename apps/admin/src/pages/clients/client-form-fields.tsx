import { Select, TagInput, TextField } from "@quartet/ui";
import { type JSX, Show } from "solid-js";
import { partyFills } from "../../components/registry/party-fill.ts";
import { PartyLookup } from "../../components/registry/party-lookup.tsx";
import { useT } from "../../i18n/index.ts";
import type { ClientDraft } from "./client-draft.ts";
import { type ClientStage, clientStages } from "./client-filters.ts";
import { CustomFieldInputs } from "./custom-field-inputs.tsx";
import type { CustomFieldDef } from "./custom-field-values.ts";
import "./clients.css";

const baseFields = [
  "kind",
  "name",
  "legalName",
  "inn",
  "kpp",
  "ogrn",
  "phones",
  "emails",
  "website",
  "address",
  "region",
  "city",
  "industry",
  "tags",
  "stage",
] as const;

/** Every field path the client form shows a message under, list items and custom fields included. */
export function clientFormPaths(fields: readonly CustomFieldDef[]): string[] {
  return [
    ...baseFields.flatMap((field) => [field, ...Array.from({ length: 20 }, (_, i) => `${field}.${i}`)]),
    ...fields.map((def) => `customFields.${def.key}`),
  ];
}

/** The message of a field or, for a list, of its first item at fault. */
export function firstErrorOf(errors: Record<string, string>, field: string): string | undefined {
  return errors[field] ?? Object.entries(errors).find(([path]) => path.startsWith(`${field}.`))?.[1];
}

/** The dictionary keys of the fields a registry entry fills, for «Заполнено из реестра: …». */
const fillLabels = {
  name: "clients.name",
  legalName: "clients.form.legalName",
  kpp: "clients.form.kpp",
  ogrn: "clients.form.ogrn",
  address: "clients.form.address",
} as const;

type TextKey = Exclude<keyof ClientDraft, "kind" | "tags" | "stage" | "customFields">;

/**
 * The fields of a client, for creating (with the stage) and editing: kind, name, tax ids, phones,
 * emails, website, address, region, industry, tags and the organisation's own fields. `afterName`
 * goes right under the name (the duplicates warning; give it the `client-form__wide` class).
 */
export function ClientFormFields(props: {
  draft: ClientDraft;
  onChange: (patch: Partial<ClientDraft>) => void;
  errors: Record<string, string>;
  fields: readonly CustomFieldDef[];
  withStage: boolean;
  afterName?: JSX.Element;
}): JSX.Element {
  const i18n = useT();
  const errorOf = (field: string) => firstErrorOf(props.errors, field);
  const text = (key: TextKey, label: string, extra: { description?: string; inputMode?: "numeric" } = {}) => (
    <TextField
      label={label}
      value={props.draft[key]}
      onChange={(value) => props.onChange({ [key]: value })}
      error={errorOf(key)}
      description={extra.description}
      inputMode={extra.inputMode}
    />
  );
  return (
    <div class="client-form__grid">
      <Select
        label={i18n.t("clients.form.kind")}
        options={[
          { value: "company", label: i18n.t("clients.company") },
          { value: "person", label: i18n.t("clients.person") },
        ]}
        value={props.draft.kind}
        onChange={(kind) => props.onChange({ kind: kind === "person" ? "person" : "company" })}
      />
      <Show when={props.withStage}>
        <Select
          label={i18n.t("clients.stage")}
          options={clientStages.map((stage) => ({ value: stage, label: i18n.t(`clientStage.${stage}`) }))}
          value={props.draft.stage}
          onChange={(stage) => props.onChange({ stage: stage as ClientStage })}
          error={errorOf("stage")}
        />
      </Show>
      <div class="client-form__wide">{text("name", i18n.t("clients.name"))}</div>
      {props.afterName}
      <div class="client-form__wide">{text("legalName", i18n.t("clients.form.legalName"))}</div>
      {text("inn", i18n.t("clients.inn"), { inputMode: "numeric" })}
      {text("kpp", i18n.t("clients.form.kpp"), { inputMode: "numeric" })}
      {text("ogrn", i18n.t("clients.form.ogrn"), { inputMode: "numeric" })}
      <div class="client-form__wide">
        <PartyLookup
          inn={props.draft.inn}
          draft={props.draft}
          fillsOf={partyFills}
          labelOf={(key) => i18n.t(fillLabels[key])}
          onFill={props.onChange}
        />
      </div>
      {text("website", i18n.t("clients.form.website"))}
      {text("phones", i18n.t("clients.form.phones"), { description: i18n.t("clients.form.commas") })}
      {text("emails", i18n.t("clients.form.emails"), { description: i18n.t("clients.form.commas") })}
      <div class="client-form__wide">{text("address", i18n.t("clients.form.address"))}</div>
      {text("region", i18n.t("clients.region"))}
      {text("city", i18n.t("clients.form.city"))}
      {text("industry", i18n.t("clients.industry"))}
      <TagInput
        label={i18n.t("clients.tags")}
        value={props.draft.tags}
        onChange={(tags) => props.onChange({ tags })}
        error={errorOf("tags")}
      />
      <Show when={props.fields.length > 0}>
        <h3 class="client-form__section client-form__wide">{i18n.t("clientEdit.customFields")}</h3>
        <CustomFieldInputs
          fields={props.fields}
          values={props.draft.customFields}
          onChange={(key, value) =>
            props.onChange({ customFields: { ...props.draft.customFields, [key]: value } })
          }
          errorOf={(path) => props.errors[path]}
        />
      </Show>
    </div>
  );
}
