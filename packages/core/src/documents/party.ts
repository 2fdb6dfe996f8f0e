import type { RequisitesInput } from "../requisites/requisites-input.ts";
import type { BankDetails, PartyRequisites, Signatory } from "./model.ts";

/**
 * A party as a document prints it, from an organisation's or a client's stored requisites: the
 * short name (else the full one), the legal address (else the postal one) and the default bank
 * account (else the first). Blank fields are left out rather than printed empty.
 *
 * @example partyFromRequisites(orgRequisites).bank?.bik // "044525225"
 */
export function partyFromRequisites(requisites: RequisitesInput, phone?: string): PartyRequisites {
  const name = requisites.shortName ?? requisites.fullName ?? "";
  const account = requisites.bankAccounts.find((a) => a.isDefault) ?? requisites.bankAccounts[0];
  const bank: BankDetails | undefined = account && {
    bankName: account.bankName ?? "",
    bik: account.bik,
    correspondentAccount: account.correspondentAccount ?? "",
    settlementAccount: account.account,
  };
  const address = requisites.legalAddress ?? requisites.postalAddress;
  return {
    name,
    ...(requisites.inn ? { inn: requisites.inn } : {}),
    ...(requisites.kpp ? { kpp: requisites.kpp } : {}),
    ...(address ? { address } : {}),
    ...(phone ? { phone } : {}),
    ...(bank ? { bank } : {}),
  };
}

/** The director and the chief accountant who sign an invoice, when the requisites name them. */
export function signatoriesFromRequisites(requisites: RequisitesInput): {
  director?: Signatory;
  accountant?: Signatory;
} {
  const { directorName, directorTitle, accountantName } = requisites;
  return {
    ...(directorName
      ? { director: { fullName: directorName, ...(directorTitle ? { position: directorTitle } : {}) } }
      : {}),
    ...(accountantName ? { accountant: { fullName: accountantName } } : {}),
  };
}
