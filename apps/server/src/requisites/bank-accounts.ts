import { type BankAccountInput, newId, type OrgTransaction } from "@quartet/core";
import { bankAccounts } from "@quartet/db/org";
import { asc, eq } from "drizzle-orm";
import type { Reader } from "../records/clients/reader.ts";

/** A stored bank account as the API shows it. */
export type BankAccountView = {
  id: string;
  bik: string;
  bankName: string | null;
  account: string;
  correspondentAccount: string | null;
  isDefault: boolean;
};

/** The bank accounts of `ownerId` ("org" or a client's id) in the entered order. */
export async function bankAccountsOf(reader: Reader, ownerId: string): Promise<BankAccountView[]> {
  const rows = await reader
    .select()
    .from(bankAccounts)
    .where(eq(bankAccounts.ownerId, ownerId))
    .orderBy(asc(bankAccounts.position));
  return rows.map(({ id, bik, bankName, account, correspondentAccount, isDefault }) => ({
    id,
    bik,
    bankName,
    account,
    correspondentAccount,
    isDefault,
  }));
}

/**
 * Replaces the bank accounts of `ownerId` with `list` (already checked: at most one default, the
 * first when none was marked). An entry's `id` keeps a known account's id; any other gets a new one.
 */
export async function replaceBankAccounts(
  tx: OrgTransaction,
  ownerId: string,
  list: readonly BankAccountInput[],
  now: number,
): Promise<BankAccountView[]> {
  const known = new Set((await bankAccountsOf(tx, ownerId)).map((account) => account.id));
  await tx.delete(bankAccounts).where(eq(bankAccounts.ownerId, ownerId));
  const rows = list.map((entry, position) => ({
    id: entry.id && known.has(entry.id) ? entry.id : newId("bank", now),
    ownerId,
    bik: entry.bik,
    bankName: entry.bankName,
    account: entry.account,
    correspondentAccount: entry.correspondentAccount,
    isDefault: entry.isDefault,
    position,
    createdAt: now,
  }));
  if (rows.length > 0) await tx.insert(bankAccounts).values(rows);
  return bankAccountsOf(tx, ownerId);
}
