import { type ExactKey, importMessages, type MessageRef } from "@quartet/core";
import { keyString } from "./client-keys.ts";
import type { DuplicateChoice } from "./duplicate-choice.ts";
import type { ExistingClient } from "./existing-keys.ts";
import type { RowIssue, ValidRow } from "./read-row.ts";

/** Where a key was met before in this file: a row number, `earlier` when only a hash was kept, or null. */
export type SeenKeys = {
  seenAt(key: string): number | "earlier" | null;
  add(key: string, row: number): void;
};

/** What the import does with a row: create it or not, the duplicate it is, the client it matches in the database. */
export type Verdict = { create: boolean; duplicate: RowIssue | null; existing: ExistingClient | null };

const fieldOfKind: Record<ExactKey["kind"], string> = {
  inn: "inn",
  phone: "phone",
  email: "email",
  domain: "website",
};

/**
 * Decides one valid row: a duplicate of an existing client (by `existing`, from
 * `core_client_keys`, named in the message; its id stays in the parameters for API clients) or
 * of an earlier row of the file (by `seen`), and whether it is created
 * (`onDuplicate: "create"` creates duplicates too). Keys of created rows are remembered.
 */
export function classifyRow(
  row: ValidRow,
  rowNumber: number,
  existing: ReadonlyMap<string, ExistingClient>,
  seen: SeenKeys,
  onDuplicate: DuplicateChoice,
): Verdict {
  let duplicate: RowIssue | null = null;
  let match: ExistingClient | null = null;
  for (const key of row.keys) {
    const owner = existing.get(keyString(key));
    if (owner) {
      match = owner;
      const params = { client: owner.id, name: owner.name, kind: kindRef(key) };
      duplicate = issue(key, importMessages.matchesClient, params);
      break;
    }
  }
  if (!duplicate) {
    for (const key of row.keys) {
      const at = seen.seenAt(keyString(key));
      if (at === null) continue;
      duplicate =
        at === "earlier"
          ? issue(key, importMessages.repeatsEarlier, { kind: kindRef(key) })
          : issue(key, importMessages.repeatsRow, { row: at, kind: kindRef(key) });
      break;
    }
  }
  const create = !duplicate || onDuplicate === "create";
  if (create) for (const key of row.keys) seen.add(keyString(key), rowNumber);
  return { create, duplicate, existing: match };
}

const kindWords = {
  inn: importMessages.kindInn,
  phone: importMessages.kindPhone,
  email: importMessages.kindEmail,
  domain: importMessages.kindDomain,
} satisfies Record<ExactKey["kind"], string>;

const kindRef = (key: ExactKey): MessageRef => ({ key: kindWords[key.kind] });

function issue(key: ExactKey, message: string, params: MessageRef["params"]): RowIssue {
  return { field: fieldOfKind[key.kind], message: { key: message, params }, value: key.value };
}

/** Seen keys of one batch, with their row numbers (the database knows the earlier batches). */
export function batchSeenKeys(): SeenKeys & { clear(): void } {
  const map = new Map<string, number>();
  return {
    seenAt: (key) => map.get(key) ?? null,
    add: (key, row) => {
      if (!map.has(key)) map.set(key, row);
    },
    clear: () => map.clear(),
  };
}
