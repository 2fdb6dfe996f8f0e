import type { ClientStage } from "./client-filters.ts";

/** A client's form as the user types it: text as typed, lists comma-separated. */
export type ClientDraft = {
  kind: "company" | "person";
  name: string;
  legalName: string;
  inn: string;
  kpp: string;
  ogrn: string;
  phones: string;
  emails: string;
  website: string;
  address: string;
  region: string;
  city: string;
  industry: string;
  tags: string[];
  stage: ClientStage;
};

/** An empty company form at the first stage. */
export const emptyClientDraft: ClientDraft = {
  kind: "company",
  name: "",
  legalName: "",
  inn: "",
  kpp: "",
  ogrn: "",
  phones: "",
  emails: "",
  website: "",
  address: "",
  region: "",
  city: "",
  industry: "",
  tags: [],
  stage: "prospect",
};

/** Splits a comma- or semicolon-separated box into its non-blank items. */
export function listOf(text: string): string[] {
  return text
    .split(/[,;]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

const blankToNull = (text: string) => text.trim() || null;

/**
 * What `core.clients.create` takes for a draft; the server checks and normalizes every field.
 *
 * @example clientInputOf({ ...emptyClientDraft, name: "Ромашка", phones: "+7 495 123-45-67, 8 800 100 00 00" }).phones
 */
export function clientInputOf(draft: ClientDraft) {
  return {
    kind: draft.kind,
    name: draft.name,
    legalName: blankToNull(draft.legalName),
    inn: blankToNull(draft.inn),
    kpp: blankToNull(draft.kpp),
    ogrn: blankToNull(draft.ogrn),
    phones: listOf(draft.phones),
    emails: listOf(draft.emails),
    website: blankToNull(draft.website),
    address: blankToNull(draft.address),
    region: blankToNull(draft.region),
    city: blankToNull(draft.city),
    industry: blankToNull(draft.industry),
    tags: draft.tags,
    stage: draft.stage,
  };
}

/** What `core.clients.checkDuplicates` takes for a draft, or null while there is nothing to compare. */
export function duplicateQueryOf(draft: ClientDraft) {
  const query = {
    name: draft.name.trim(),
    inn: blankToNull(draft.inn),
    phones: listOf(draft.phones),
    emails: listOf(draft.emails),
    website: blankToNull(draft.website),
  };
  const empty =
    query.name.length < 3 && !query.inn && !query.phones.length && !query.emails.length && !query.website;
  return empty ? null : query;
}
