/** Whether a company found in the registry still trades. */
export type PartyStatus = "active" | "liquidating" | "liquidated" | "bankrupt" | "reorganizing";

/** A company or individual entrepreneur as a company registry knows it. */
export type PartyCandidate = {
  kind: "legal" | "individual";
  fullName: string;
  shortName: string | null;
  inn: string;
  kpp: string | null;
  ogrn: string | null;
  address: string | null;
  director: { name: string; post: string | null } | null;
  status: PartyStatus;
};

/** A bank as a company registry knows it, found by its BIK. */
export type BankCandidate = {
  bik: string;
  name: string;
  correspondentAccount: string | null;
  address: string | null;
};

/**
 * The company-registry port: finds companies by INN (and KPP, for a branch) and banks by BIK.
 * One adapter speaks DaData's API (`apps/server/src/registry/`); tests run it against a local fake.
 */
export type CompanyRegistry = {
  findParty(inn: string, kpp?: string): Promise<PartyCandidate[]>;
  findBank(bik: string): Promise<BankCandidate | null>;
};
