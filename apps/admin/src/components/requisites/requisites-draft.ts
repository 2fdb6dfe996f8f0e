import type { OutputOf } from "../../lib/api-types.ts";
import type { QuartetClient } from "../../lib/trpc.ts";

/** The VAT modes a form offers, in the order shown (ids shared with the server's `vatModes`). */
export const vatModeIds = ["vat22", "vat20", "vat10", "vat7", "vat5", "vat0", "none"] as const;

/** One of `vatModeIds`. */
export type VatModeId = (typeof vatModeIds)[number];

/** A bank account as the form edits it: every field a string. */
export type BankAccountDraft = {
  id?: string | undefined;
  bik: string;
  bankName: string;
  account: string;
  correspondentAccount: string;
  isDefault: boolean;
};

/** The text fields of requisites, in the order the form shows them. */
export const textFields = [
  "fullName",
  "shortName",
  "inn",
  "kpp",
  "ogrn",
  "legalAddress",
  "postalAddress",
  "directorName",
  "directorTitle",
  "accountantName",
] as const;

/** One of `textFields`. */
export type TextFieldName = (typeof textFields)[number];

/** Requisites as the form edits them: strings, so a half-typed code stays as typed. */
export type RequisitesDraft = Record<TextFieldName, string> & {
  vatMode: VatModeId;
  paymentDays: string;
  bankAccounts: BankAccountDraft[];
};

/** Requisites as the server answers them (`core.requisites.client.get`; the organisation's adds `images`). */
export type RequisitesValue = OutputOf<QuartetClient["core"]["requisites"]["client"]["get"]>;

/** A blank bank account; the first one added is the default. */
export function blankAccount(isDefault: boolean): BankAccountDraft {
  return { bik: "", bankName: "", account: "", correspondentAccount: "", isDefault };
}

/** The form's draft of the server's requisites. */
export function draftOf(value: RequisitesValue): RequisitesDraft {
  const texts = Object.fromEntries(textFields.map((field) => [field, value[field] ?? ""])) as Record<
    TextFieldName,
    string
  >;
  return {
    ...texts,
    vatMode: (vatModeIds as readonly string[]).includes(value.vatMode)
      ? (value.vatMode as VatModeId)
      : "none",
    paymentDays: value.paymentDays === null ? "" : String(value.paymentDays),
    bankAccounts: value.bankAccounts.map((account) => ({
      ...account,
      bankName: account.bankName ?? "",
      correspondentAccount: account.correspondentAccount ?? "",
    })),
  };
}

/**
 * What the form sends: blanks as `null`, payment terms a number (`null` when blank; a value
 * that is not a number is sent as is, so the server names the field).
 */
export function inputOf(draft: RequisitesDraft) {
  const texts = Object.fromEntries(textFields.map((field) => [field, draft[field].trim() || null])) as Record<
    TextFieldName,
    string | null
  >;
  const days = draft.paymentDays.trim();
  return {
    ...texts,
    vatMode: draft.vatMode,
    paymentDays: days === "" ? null : Number(days),
    bankAccounts: draft.bankAccounts.map((account) => ({
      ...(account.id ? { id: account.id } : {}),
      bik: account.bik,
      bankName: account.bankName.trim() || null,
      account: account.account,
      correspondentAccount: account.correspondentAccount.trim() || null,
      isDefault: account.isDefault,
    })),
  };
}

/** The field paths the form shows messages under, for `useServerForm` (`prefix` e.g. `requisites.`). */
export function shownPaths(draft: RequisitesDraft, prefix = ""): string[] {
  const accountFields = ["bik", "bankName", "account", "correspondentAccount", "isDefault"];
  return [
    ...textFields,
    "vatMode",
    "paymentDays",
    "bankAccounts",
    ...draft.bankAccounts.flatMap((_, i) => accountFields.map((field) => `bankAccounts.${i}.${field}`)),
  ].map((path) => prefix + path);
}
