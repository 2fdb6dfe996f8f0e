import type { ClientStage } from "./client-filters.ts";
import {
  type CustomFieldDef,
  type CustomFieldDraft,
  customFieldDraftOf,
  customFieldValuesOf,
} from "./custom-field-values.ts";

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
  customFields: CustomFieldDraft;
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
  customFields: {},
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
export function clientInputOf(draft: ClientDraft, fields: readonly CustomFieldDef[] = []) {
  return {
    ...clientFieldsOf(draft, fields),
    stage: draft.stage,
  };
}

/** What `core.clients.update` replaces for a draft: every field but the stage (which changes by its own procedure). */
export function clientFieldsOf(draft: ClientDraft, fields: readonly CustomFieldDef[]) {
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
    customFields: customFieldValuesOf(fields, draft.customFields),
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

/** A stored client as the form shows it, for editing. */
export type StoredClient = {
  kind: string;
  name: string;
  legalName: string | null;
  inn: string | null;
  kpp: string | null;
  ogrn: string | null;
  phones: readonly string[];
  emails: readonly string[];
  website: string | null;
  address: string | null;
  region: string | null;
  city: string | null;
  industry: string | null;
  tags: readonly string[];
  stage: ClientStage;
  customFields: Readonly<Record<string, unknown>>;
};

/** The form of a stored client, custom fields included. */
export function clientDraftOf(client: StoredClient, fields: readonly CustomFieldDef[]): ClientDraft {
  return {
    kind: client.kind === "person" ? "person" : "company",
    name: client.name,
    legalName: client.legalName ?? "",
    inn: client.inn ?? "",
    kpp: client.kpp ?? "",
    ogrn: client.ogrn ?? "",
    phones: client.phones.join(", "),
    emails: client.emails.join(", "),
    website: client.website ?? "",
    address: client.address ?? "",
    region: client.region ?? "",
    city: client.city ?? "",
    industry: client.industry ?? "",
    tags: [...client.tags],
    stage: client.stage,
    customFields: customFieldDraftOf(fields, client.customFields),
  };
}
