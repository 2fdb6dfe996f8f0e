import { Callout, Select, TextField } from "@quartet/ui";
import { createEffect, createSignal, For, type JSX, Show } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { useServerForm } from "../../lib/server-form.ts";
import { PartyLookup } from "../registry/party-lookup.tsx";
import { requisitesFills } from "../registry/requisites-fills.ts";
import { SaveBar } from "../save-bar/save-bar.tsx";
import { BankAccountsEditor } from "./bank-accounts-editor.tsx";
import {
  draftOf,
  inputOf,
  type RequisitesDraft,
  type RequisitesValue,
  shownPaths,
  type TextFieldName,
  vatModeIds,
} from "./requisites-draft.ts";
import "./requisites.css";

/** What a requisites form lets other code do: fill fields (e.g. from a registry lookup by INN or BIK). */
export type RequisitesFormControls = { fill(values: Partial<RequisitesDraft>): void };

const sections: { title: "names" | "codes" | "addresses" | "people"; fields: TextFieldName[] }[] = [
  { title: "names", fields: ["fullName", "shortName"] },
  { title: "codes", fields: ["inn", "kpp", "ogrn"] },
  { title: "addresses", fields: ["legalAddress", "postalAddress"] },
  { title: "people", fields: ["directorName", "directorTitle", "accountantName"] },
];

/**
 * Requisites as on a 1C "Организация" card, for the organisation and for a client alike: names,
 * codes, addresses, bank accounts, people, VAT and payment terms. `save` sends `inputOf(draft)`;
 * a refusal lands under its field (`errorPrefix` strips e.g. `requisites.` of a client's set).
 * `controls` hands out `fill(values)` for other forms to fill fields in.
 */
export function RequisitesForm(props: {
  value: RequisitesValue;
  readOnly: boolean;
  save: (input: ReturnType<typeof inputOf>) => Promise<unknown>;
  onSaved?: () => void;
  errorPrefix?: string;
  controls?: (controls: RequisitesFormControls) => void;
  extra?: JSX.Element;
}): JSX.Element {
  const i18n = useT();
  const prefix = () => props.errorPrefix ?? "";
  const [draft, setDraft] = createSignal<RequisitesDraft>(draftOf(props.value));
  createEffect(() => setDraft(draftOf(props.value)));
  const form = useServerForm(() => shownPaths(draft(), prefix()));
  const errors = () =>
    Object.fromEntries(
      Object.entries(form.fieldErrors())
        .filter(([path]) => path.startsWith(prefix()))
        .map(([path, text]) => [path.slice(prefix().length), text]),
    ) as Record<string, string>;
  const set = (patch: Partial<RequisitesDraft>) => {
    setDraft({ ...draft(), ...patch });
    for (const key of Object.keys(patch)) form.clear(prefix() + key);
  };
  props.controls?.({ fill: set });
  const changed = () => JSON.stringify(draft()) !== JSON.stringify(draftOf(props.value));
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const result = await form.run(() => props.save(inputOf(draft())));
    if (result.ok) props.onSaved?.();
  };
  const text = (name: TextFieldName) => (
    <TextField
      label={i18n.t(`requisites.fields.${name}`)}
      name={name}
      value={draft()[name]}
      onChange={(value) => set({ [name]: value })}
      error={errors()[name]}
      disabled={props.readOnly}
      multiline={name === "fullName" || name.endsWith("Address")}
    />
  );
  return (
    <form class="requisites-form" onSubmit={submit} noValidate>
      <Show when={form.formError()}>{(message) => <Callout tone="danger" title={message()} />}</Show>
      <For each={sections.slice(0, 3)}>
        {(section) => (
          <section class="requisites-section">
            <h3 class="requisites-section__title">{i18n.t(`requisites.sections.${section.title}`)}</h3>
            <div class="requisites-grid">{section.fields.map(text)}</div>
            <Show when={section.title === "codes" && !props.readOnly}>
              <PartyLookup
                inn={draft().inn}
                draft={draft()}
                fillsOf={requisitesFills}
                labelOf={(key) => i18n.t(`requisites.fields.${key}`)}
                onFill={set}
              />
            </Show>
          </section>
        )}
      </For>
      <section class="requisites-section">
        <h3 class="requisites-section__title">{i18n.t("requisites.sections.bank")}</h3>
        <BankAccountsEditor
          accounts={draft().bankAccounts}
          onChange={(bankAccounts) => set({ bankAccounts })}
          errors={errors()}
          disabled={props.readOnly}
        />
      </section>
      <section class="requisites-section">
        <h3 class="requisites-section__title">{i18n.t("requisites.sections.people")}</h3>
        <div class="requisites-grid">{sections[3]?.fields.map(text)}</div>
      </section>
      <section class="requisites-section">
        <h3 class="requisites-section__title">{i18n.t("requisites.sections.tax")}</h3>
        <div class="requisites-grid">
          <Select
            label={i18n.t("requisites.fields.vatMode")}
            name="vatMode"
            options={vatModeIds.map((id) => ({ value: id, label: i18n.t(`requisites.vat.${id}`) }))}
            value={draft().vatMode}
            onChange={(vatMode) => set({ vatMode: vatMode as RequisitesDraft["vatMode"] })}
            error={errors().vatMode}
            disabled={props.readOnly}
          />
          <TextField
            label={i18n.t("requisites.fields.paymentDays")}
            name="paymentDays"
            value={draft().paymentDays}
            onChange={(paymentDays) => set({ paymentDays })}
            error={errors().paymentDays}
            inputMode="numeric"
            disabled={props.readOnly}
          />
        </div>
      </section>
      {props.extra}
      <Show when={!props.readOnly}>
        <SaveBar changed={changed()} busy={form.busy()} />
      </Show>
    </form>
  );
}
