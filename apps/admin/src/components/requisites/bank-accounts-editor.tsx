import { Button, Checkbox, IconPlus, IconTrash, TextField } from "@quartet/ui";
import { For, type JSX, Show } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { BankLookup } from "../registry/bank-lookup.tsx";
import { type BankAccountDraft, blankAccount } from "./requisites-draft.ts";

/**
 * The bank accounts of a requisites form: each with BIK, bank, settlement and correspondent
 * account, one marked default; add and remove. Field messages come under `bankAccounts.<i>.<field>`.
 */
export function BankAccountsEditor(props: {
  accounts: BankAccountDraft[];
  onChange: (accounts: BankAccountDraft[]) => void;
  errors: Record<string, string>;
  disabled: boolean;
}): JSX.Element {
  const i18n = useT();
  const change = (index: number, patch: Partial<BankAccountDraft>) =>
    props.onChange(
      props.accounts.map((account, i) =>
        i === index ? { ...account, ...patch } : patch.isDefault ? { ...account, isDefault: false } : account,
      ),
    );
  const remove = (index: number) => {
    const left = props.accounts.filter((_, i) => i !== index);
    const first = left[0];
    props.onChange(
      first && !left.some((a) => a.isDefault) ? [{ ...first, isDefault: true }, ...left.slice(1)] : left,
    );
  };
  const field = (index: number, name: "bik" | "bankName" | "account" | "correspondentAccount") => (
    <TextField
      label={i18n.t(`requisites.bank.${name}`)}
      name={`bankAccounts.${index}.${name}`}
      value={props.accounts[index]?.[name] ?? ""}
      onChange={(value) => change(index, { [name]: value })}
      error={props.errors[`bankAccounts.${index}.${name}`]}
      inputMode={name === "bankName" ? "text" : "numeric"}
      disabled={props.disabled}
    />
  );
  return (
    <div class="requisites-banks">
      <Show when={props.accounts.length === 0}>
        <p class="q-muted">{i18n.t("requisites.bank.empty")}</p>
      </Show>
      <For each={props.accounts}>
        {(account, index) => (
          <fieldset class="requisites-bank" data-testid={`bank-account-${index()}`}>
            <legend class="requisites-bank__legend">
              {i18n.t("requisites.bank.numbered", { n: index() + 1 })}
            </legend>
            <div class="requisites-grid">
              {field(index(), "bik")}
              {field(index(), "bankName")}
              {field(index(), "account")}
              {field(index(), "correspondentAccount")}
            </div>
            <Show when={!props.disabled}>
              <BankLookup
                bik={account.bik}
                draft={{ bankName: account.bankName, correspondentAccount: account.correspondentAccount }}
                onFill={(patch) => change(index(), patch)}
              />
            </Show>
            <div class="requisites-bank__row">
              <Checkbox
                label={i18n.t("requisites.bank.isDefault")}
                checked={account.isDefault}
                onChange={(checked) => change(index(), { isDefault: checked })}
                disabled={props.disabled}
              />
              <Show when={!props.disabled}>
                <Button variant="ghost" size="sm" onClick={() => remove(index())}>
                  <IconTrash size={14} /> {i18n.t("requisites.bank.remove")}
                </Button>
              </Show>
            </div>
          </fieldset>
        )}
      </For>
      <Show when={!props.disabled}>
        <div>
          <Button
            variant="secondary"
            size="sm"
            onClick={() => props.onChange([...props.accounts, blankAccount(props.accounts.length === 0)])}
          >
            <IconPlus size={14} /> {i18n.t("requisites.bank.add")}
          </Button>
        </div>
      </Show>
    </div>
  );
}
