import { z } from "zod";
import { optionalText } from "../clients/input-fields.ts";
import { validateBik, validateCorrespondentAccount, validateSettlementAccount } from "./bank-codes.ts";
import { requisiteMessages as m } from "./messages.ts";

const digits = (max: number) =>
  z
    .string()
    .max(max * 2)
    .transform((raw) => raw.replace(/\s+/g, ""));

/**
 * A bank account as entered: BIK, settlement account checked against the BIK's control key
 * (issue at `account`), an optional correspondent account checked the same way (`correspondentAccount`).
 * Spaces are dropped. `id` names an existing account when the list is replaced.
 */
export const bankAccountInput = z
  .object({
    id: z.string().min(1).max(64).optional(),
    bik: digits(9),
    bankName: optionalText(300),
    account: digits(20),
    correspondentAccount: digits(20)
      .nullish()
      .transform((v) => v || null),
    isDefault: z.boolean().default(false),
  })
  .superRefine((bank, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (!validateBik(bank.bik).ok) return issue("bik", m.bikFormat);
    const account = validateSettlementAccount(bank.account, bank.bik);
    if (!account.ok) issue("account", account.reason === "format" ? m.accountFormat : m.accountKey);
    if (bank.correspondentAccount) {
      const correspondent = validateCorrespondentAccount(bank.correspondentAccount, bank.bik);
      if (!correspondent.ok)
        issue(
          "correspondentAccount",
          correspondent.reason === "format" ? m.correspondentFormat : m.correspondentKey,
        );
    }
  });

/** A bank account as entered (raw strings). */
export type BankAccountInputRaw = z.input<typeof bankAccountInput>;

/** A checked bank account: digits only, every key present. */
export type BankAccountInput = z.output<typeof bankAccountInput>;

/**
 * Up to 10 bank accounts, each account once, at most one default; when none is marked the
 * first becomes the default.
 */
export const bankAccountsInput = z
  .array(bankAccountInput)
  .max(10, m.accountsMax)
  .default([])
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((bank, i) => {
      const key = `${bank.bik}:${bank.account}`;
      if (seen.has(key)) ctx.addIssue({ code: "custom", path: [i, "account"], message: m.accountRepeated });
      seen.add(key);
    });
    const defaults = list.map((bank, i) => (bank.isDefault ? i : -1)).filter((i) => i >= 0);
    for (const i of defaults.slice(1))
      ctx.addIssue({ code: "custom", path: [i, "isDefault"], message: m.oneDefault });
  })
  .transform((list) =>
    list.some((bank) => bank.isDefault) ? list : list.map((bank, i) => ({ ...bank, isDefault: i === 0 })),
  );
