import {
  type ClientInput,
  type ContactInput,
  clientInput,
  contactInput,
  type ExactKey,
  inputMessages,
  type MessageRef,
  normalizeCompanyName,
  parseTags,
  type TargetField,
  zodIssueRef,
} from "@quartet/core";
import type { z } from "zod";
import { keysOfValidated } from "./client-keys.ts";
import type { ColumnPlan } from "./mapping.ts";

/** A problem with one field of one row: the target field, a message (a key, worded when read), the cell as given. */
export type RowIssue = { field: string; message: MessageRef; value: string | null };

/** A row that passed validation, ready to be written. */
export type ValidRow = {
  client: ClientInput;
  nameNormalized: string;
  source: string | null;
  contact: ContactInput | null;
  note: string | null;
  responsible: string | null;
  keys: ExactKey[];
};

/** What a row became: a valid client, or its issues. */
export type RowReading = { ok: true; row: ValidRow } | { ok: false; issues: RowIssue[] };

type Cells = Partial<Record<TargetField, string>>;
type Sourced = { values: string[]; sources: TargetField[] };

const personWords = /физ|частн|person|individual|private/i;
const sourceTooLong: MessageRef = { key: inputMessages.maxChars, params: { maximum: 100, count: 100 } };

/**
 * Reads one CSV record through the column plan and validates it with `clientInput` (and
 * `contactInput` for a named contact). Cells with several phones or emails are split on `,`/`;`.
 * Each issue names the target field whose column holds the bad value.
 */
export function readRow(record: readonly string[], plan: ColumnPlan): RowReading {
  const cells: Cells = {};
  plan.forEach((field, i) => {
    const cell = record[i]?.trim();
    if (field && cell) cells[field] = cell;
  });
  const personOnly = !cells.name && !cells.legalName && Boolean(cells.contactName);
  const contactNamed = Boolean(cells.contactName) && !personOnly;
  const phones = sourced(cells, contactNamed ? ["phone", "phone2"] : ["phone", "phone2", "contactPhone"]);
  const emails = sourced(cells, contactNamed ? ["email", "email2"] : ["email", "email2", "contactEmail"]);
  const parsed = clientInput.safeParse({
    kind: cells.kind
      ? personWords.test(cells.kind)
        ? "person"
        : "company"
      : personOnly
        ? "person"
        : "company",
    name: cells.name ?? cells.legalName ?? cells.contactName ?? "",
    legalName: cells.legalName,
    inn: cells.inn,
    kpp: cells.kpp,
    ogrn: cells.ogrn,
    phones: phones.values,
    emails: emails.values,
    website: cells.website,
    address: cells.address,
    region: cells.region,
    city: cells.city,
    industry: cells.industry,
    tags: cells.tags ? parseTags(cells.tags) : [],
  });
  const issues: RowIssue[] = parsed.success
    ? []
    : issuesOf(parsed.error, cells, (path) => clientField(path, phones, emails));
  let contact: ContactInput | null = null;
  if (contactNamed) {
    const cPhones = sourced(cells, ["contactPhone"]);
    const cEmails = sourced(cells, ["contactEmail"]);
    const read = contactInput.safeParse({
      name: cells.contactName,
      position: cells.contactPosition,
      phones: cPhones.values,
      emails: cEmails.values,
      isPrimary: true,
    });
    if (read.success) contact = read.data;
    else issues.push(...issuesOf(read.error, cells, (path) => contactField(path)));
  }
  const source = cells.source && cells.source.length > 100 ? null : (cells.source ?? null);
  if (cells.source && !source) issues.push({ field: "source", message: sourceTooLong, value: cells.source });
  if (!parsed.success || issues.length > 0) return { ok: false, issues };
  const client = parsed.data;
  return {
    ok: true,
    row: {
      client,
      nameNormalized: normalizeCompanyName(client.name),
      source,
      contact,
      note: cells.note ?? null,
      responsible: cells.responsible ?? null,
      keys: keysOfValidated(client, contact),
    },
  };
}

function sourced(cells: Cells, fields: TargetField[]): Sourced {
  const out: Sourced = { values: [], sources: [] };
  for (const field of fields) {
    for (const part of cells[field]?.split(/[,;]/) ?? []) {
      if (part.trim() === "") continue;
      out.values.push(part);
      out.sources.push(field);
    }
  }
  return out;
}

function clientField(path: readonly PropertyKey[], phones: Sourced, emails: Sourced): TargetField {
  const [head, index] = path;
  if (head === "phones") return phones.sources[Number(index)] ?? "phone";
  if (head === "emails") return emails.sources[Number(index)] ?? "email";
  return head === "customFields" ? "note" : ((head as TargetField | undefined) ?? "name");
}

function contactField(path: readonly PropertyKey[]): TargetField {
  const head = path[0];
  if (head === "phones") return "contactPhone";
  if (head === "emails") return "contactEmail";
  return head === "position" ? "contactPosition" : "contactName";
}

function issuesOf(
  error: z.ZodError,
  cells: Cells,
  fieldOf: (path: readonly PropertyKey[]) => TargetField,
): RowIssue[] {
  const seen = new Set<string>();
  const out: RowIssue[] = [];
  for (const issue of error.issues) {
    const field = fieldOf(issue.path);
    if (seen.has(field)) continue;
    seen.add(field);
    out.push({ field, message: zodIssueRef(issue), value: cells[field] ?? null });
  }
  return out;
}
