import type { RequisitesInput, VatMode } from "@quartet/core";
import type { BankAccountView } from "./bank-accounts.ts";

/** Requisites as the API shows them, for the organisation and for a client alike. */
export type RequisitesView = Omit<RequisitesInput, "bankAccounts" | "vatMode"> & {
  vatMode: VatMode;
  bankAccounts: BankAccountView[];
  /** When they were last saved; `null` before the first save. */
  updatedAt: number | null;
};

/** The requisites' own fields, without the bank accounts kept in their own table. */
export function withoutBankAccounts(input: RequisitesInput): Omit<RequisitesInput, "bankAccounts"> {
  const { bankAccounts: _, ...fields } = input;
  return fields;
}
