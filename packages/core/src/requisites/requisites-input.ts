import { z } from "zod";
import { optionalText, taxIdField } from "../clients/input-fields.ts";
import { clientMessages } from "../messages/catalogs/clients.ts";
import { bankAccountsInput } from "./bank-account-input.ts";
import { requisiteMessages as m } from "./messages.ts";
import { vatModeIds } from "./vat-modes.ts";

/**
 * The requisites of an organisation or of a client, as on a 1C "Организация" card: names, codes
 * (INN/KPP/OGRN checked like a client's), addresses, bank accounts (each settlement account
 * checked against its BIK), director and chief accountant, VAT mode and payment terms in days.
 * Blanks become `null`.
 */
export const requisitesInput = z
  .object({
    fullName: optionalText(500),
    shortName: optionalText(300),
    inn: taxIdField("inn"),
    kpp: taxIdField("kpp"),
    ogrn: taxIdField("ogrn"),
    legalAddress: optionalText(500),
    postalAddress: optionalText(500),
    directorName: optionalText(200),
    directorTitle: optionalText(200),
    accountantName: optionalText(200),
    vatMode: z.enum(vatModeIds).default("none"),
    paymentDays: z
      .number()
      .int(m.paymentDays)
      .min(0, m.paymentDays)
      .max(365, m.paymentDays)
      .nullish()
      .transform((v) => v ?? null),
    bankAccounts: bankAccountsInput,
  })
  .superRefine((requisites, ctx) => {
    const innKind = requisites.inn ? (requisites.inn.length === 10 ? "legal" : "individual") : null;
    const ogrnKind = requisites.ogrn ? (requisites.ogrn.length === 13 ? "legal" : "individual") : null;
    if (innKind && ogrnKind && innKind !== ogrnKind)
      ctx.addIssue({ code: "custom", path: ["ogrn"], message: clientMessages.ogrnKind });
    if (requisites.kpp && innKind === "individual")
      ctx.addIssue({ code: "custom", path: ["kpp"], message: clientMessages.kppIndividual });
  });

/** Requisites as entered (raw strings, optional keys). */
export type RequisitesInputRaw = z.input<typeof requisitesInput>;

/** Requisites after `requisitesInput`: normalized, every key present. */
export type RequisitesInput = z.output<typeof requisitesInput>;
