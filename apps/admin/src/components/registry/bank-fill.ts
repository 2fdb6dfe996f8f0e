import type { BankLookup } from "./types.ts";

/** The bank account fields a BIK fills. */
export type BankFillKey = "bankName" | "correspondentAccount";

/** A bank the registry found for a BIK. */
export type BankCandidate = NonNullable<Extract<BankLookup, { available: true }>["bank"]>;

/** The values a bank gives its account row: its name and correspondent account (when it has one). */
export function bankFills(bank: BankCandidate): Partial<Record<BankFillKey, string>> {
  return bank.correspondentAccount
    ? { bankName: bank.name, correspondentAccount: bank.correspondentAccount }
    : { bankName: bank.name };
}

/** The BIK worth asking about: 9 digits starting with 04 (Russia's code), spaces dropped; else null. */
export function lookupBik(value: string): string | null {
  const bik = value.replace(/\s+/g, "");
  return /^04\d{7}$/.test(bik) ? bik : null;
}
