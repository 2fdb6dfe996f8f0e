import {
  type ClientInput,
  type ContactInput,
  clientInput,
  contactInput,
  contactNameParts,
  type ExactKey,
  importMessages,
  inputMessages,
  type MessageRef,
  normalizeCompanyName,
  parseTags,
  type TargetField,
} from "@quartet/core";
import { keysOfValidated } from "./client-keys.ts";
import { parseLeniently, type Sourced } from "./lenient-parse.ts";
import type { ColumnPlan } from "./mapping.ts";
import { isPlaceholder } from "./placeholders.ts";

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

/**
 * What a row became: a valid client with the warnings of what it dropped (a placeholder, a bad
 * optional value), or the issues that refuse it (no name, a bad INN).
 */
export type RowReading =
  | { ok: true; row: ValidRow; warnings: RowIssue[] }
  | { ok: false; issues: RowIssue[] };

type Cells = Partial<Record<TargetField, string>>;

const personWords = /физ|частн|person|individual|private/i;
const sourceTooLong: MessageRef = { key: inputMessages.maxChars, params: { maximum: 100, count: 100 } };
const placeholderRef: MessageRef = { key: importMessages.placeholder };
/** Fields whose problem makes a client impossible: its name and its INN. */
const fatalHeads = new Set<PropertyKey>(["name", "inn"]);

/**
 * Reads one CSV record through the column plan and validates it with `clientInput` (and
 * `contactInput` for a named contact). Cells with several phones or emails are split on `,`/`;`.
 * A placeholder («не указан», «-», «n/a») or a value the schema refuses in an optional cell is
 * dropped with a warning; only a missing name or a bad INN refuses the row. Each issue names the
 * target field whose column holds the value.
 */
export function readRow(record: readonly string[], plan: ColumnPlan): RowReading {
  const warnings: RowIssue[] = [];
  const cells = readCells(record, plan, warnings);
  const personOnly = !cells.name && !cells.legalName && Boolean(cells.contactName);
  const contactNamed = Boolean(cells.contactName) && !personOnly;
  const lists = {
    phones: sourced(
      cells,
      contactNamed ? ["phone", "phone2"] : ["phone", "phone2", "contactPhone"],
      warnings,
    ),
    emails: sourced(
      cells,
      contactNamed ? ["email", "email2"] : ["email", "email2", "contactEmail"],
      warnings,
    ),
  };
  const parsed = parseLeniently(
    clientInput,
    {
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
      website: cells.website,
      address: cells.address,
      region: cells.region,
      city: cells.city,
      industry: cells.industry,
      tags: cells.tags ? parseTags(cells.tags) : [],
    },
    {
      lists,
      fieldOf: (path) => clientField(path, lists),
      cellOf: (field) => cells[field] ?? null,
      fatal: (path) => fatalHeads.has(path[0] ?? "name"),
    },
  );
  if (!parsed.ok) return { ok: false, issues: parsed.issues };
  warnings.push(...parsed.dropped);
  const contact = contactNamed ? readContact(cells, warnings) : null;
  const source = cells.source && cells.source.length > 100 ? null : (cells.source ?? null);
  if (cells.source && !source) warnings.push(dropped("source", sourceTooLong, cells.source));
  const client = parsed.data;
  return {
    ok: true,
    warnings,
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

/**
 * The row's cells by target field; placeholders are left out with a warning. Without a whole-name
 * column, the contact's name is composed of its parts: «Фамилия Имя Отчество».
 */
function readCells(record: readonly string[], plan: ColumnPlan, warnings: RowIssue[]): Cells {
  const cells: Cells = {};
  plan.forEach((field, i) => {
    const cell = record[i]?.trim();
    if (!(field && cell)) return;
    if (isPlaceholder(cell)) warnings.push(dropped(field, placeholderRef, cell));
    else cells[field] = cell;
  });
  const nameParts = contactNameParts.flatMap((part) => cells[part] ?? []);
  if (!cells.contactName && nameParts.length > 0) cells.contactName = nameParts.join(" ");
  return cells;
}

/** The named contact, its bad phones or emails dropped; a contact without a usable name is dropped whole. */
function readContact(cells: Cells, warnings: RowIssue[]): ContactInput | null {
  const lists = {
    phones: sourced(cells, ["contactPhone"], warnings),
    emails: sourced(cells, ["contactEmail"], warnings),
  };
  const read = parseLeniently(
    contactInput,
    { name: cells.contactName, position: cells.contactPosition, isPrimary: true },
    {
      lists,
      fieldOf: (path) => contactField(path),
      cellOf: (field) => cells[field] ?? null,
      fatal: (path) => path[0] === "name",
    },
  );
  if (read.ok) {
    warnings.push(...read.dropped);
    return read.data;
  }
  warnings.push(...read.issues.map((issue) => dropped(issue.field, issue.message, issue.value)));
  return null;
}

function dropped(field: string, reason: MessageRef, value: string | null): RowIssue {
  return { field, message: { key: importMessages.valueDropped, params: { message: reason } }, value };
}

function sourced(cells: Cells, fields: TargetField[], warnings: RowIssue[]): Sourced {
  const out: Sourced = { values: [], sources: [] };
  for (const field of fields) {
    for (const part of cells[field]?.split(/[,;]/) ?? []) {
      if (part.trim() === "") continue;
      if (isPlaceholder(part)) {
        warnings.push(dropped(field, placeholderRef, part.trim()));
        continue;
      }
      out.values.push(part);
      out.sources.push(field);
    }
  }
  return out;
}

function clientField(path: readonly PropertyKey[], lists: { phones: Sourced; emails: Sourced }): TargetField {
  const [head, index] = path;
  if (head === "phones") return lists.phones.sources[Number(index)] ?? "phone";
  if (head === "emails") return lists.emails.sources[Number(index)] ?? "email";
  return head === "customFields" ? "note" : ((head as TargetField | undefined) ?? "name");
}

function contactField(path: readonly PropertyKey[]): TargetField {
  const head = path[0];
  if (head === "phones") return "contactPhone";
  if (head === "emails") return "contactEmail";
  return head === "position" ? "contactPosition" : "contactName";
}
