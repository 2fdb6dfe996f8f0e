import { type BankAccountInput, DomainError, requisiteMessages as m } from "@quartet/core";
import type { BankAccountView } from "./bank-accounts.ts";

/** One edit of an owner's bank accounts: add one, change one, remove one. */
export type BankAccountEdit =
  | { kind: "add"; account: BankAccountInput }
  | { kind: "update"; id: string; account: BankAccountInput }
  | { kind: "remove"; id: string };

/**
 * The owner's accounts after `edit`, as a full list for `replaceBankAccounts`: a new or changed
 * account marked default takes the mark from the others; when no account is left marked the
 * first one is. An unknown id is NOT_FOUND, an account already listed a BAD_INPUT at `account`.
 */
export function applyBankAccountEdit(
  current: readonly BankAccountView[],
  edit: BankAccountEdit,
): BankAccountInput[] {
  const list: BankAccountInput[] = current.map((account) => ({ ...account }));
  const at = edit.kind === "add" ? list.length : list.findIndex((account) => account.id === edit.id);
  if (at < 0) throw new DomainError("NOT_FOUND", m.noAccount, { fields: { id: m.noAccount } });
  if (edit.kind === "remove") list.splice(at, 1);
  else {
    const entry = { ...edit.account, id: edit.kind === "update" ? edit.id : undefined };
    if (list.some((other, i) => i !== at && other.bik === entry.bik && other.account === entry.account))
      throw new DomainError("BAD_INPUT", m.accountRepeated, { fields: { account: m.accountRepeated } });
    list[at] = entry;
    if (entry.isDefault) for (const [i, other] of list.entries()) other.isDefault = i === at;
  }
  const first = list[0];
  if (first && !list.some((account) => account.isDefault)) first.isDefault = true;
  return list;
}
