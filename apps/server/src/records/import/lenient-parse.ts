import { importMessages, type TargetField, zodIssueRef } from "@quartet/core";
import type { z } from "zod";
import type { RowIssue } from "./read-row.ts";

/** The values of a list input (phones, emails) with the column each came from. */
export type Sourced = { values: string[]; sources: TargetField[] };

/** How to read a row's input: the column of an issue's path, and which paths refuse the row. */
export type LenientRules = {
  /** The input's list fields (`phones`, `emails`), kept in step with their columns. */
  lists: Record<string, Sourced>;
  /** The target field (column) an issue's path points at. */
  fieldOf(path: readonly PropertyKey[]): TargetField;
  /** The cell as given, by target field. */
  cellOf(field: TargetField): string | null;
  /** Whether a problem at this path makes the record impossible (no name, a bad INN). */
  fatal(path: readonly PropertyKey[]): boolean;
};

/** A lenient parse: the data and the values it dropped (warnings), or the row's refusals. */
export type LenientResult<T> = { ok: true; data: T; dropped: RowIssue[] } | { ok: false; issues: RowIssue[] };

const attempts = 5;

/**
 * Parses `input` with `schema`, dropping each optional value the schema refuses (a list's one bad
 * phone, a KPP that does not fit, too many tags) and parsing again, until it passes; each dropped
 * value becomes a warning (`valueDropped` with the schema's reason). A problem at a `fatal` path
 * refuses the row with only those problems. Cross-field checks run after the fields pass, hence
 * the few attempts.
 */
export function parseLeniently<T>(
  schema: z.ZodType<T>,
  input: Record<string, unknown>,
  rules: LenientRules,
): LenientResult<T> {
  const current: Record<string, unknown> = { ...input };
  for (const [name, list] of Object.entries(rules.lists)) current[name] = list.values;
  const dropped: RowIssue[] = [];
  let issues: z.core.$ZodIssue[] = [];
  for (let attempt = 0; attempt < attempts; attempt++) {
    const parsed = schema.safeParse(current);
    if (parsed.success) return { ok: true, data: parsed.data, dropped };
    issues = parsed.error.issues;
    const fatal = issues.filter((issue) => rules.fatal(issue.path));
    if (fatal.length > 0) return { ok: false, issues: rowIssues(fatal, rules) };
    const removed = new Map<string, Set<number>>();
    for (const issue of issues) {
      const [head, index] = issue.path;
      const name = String(head);
      const field = rules.fieldOf(issue.path);
      const list = rules.lists[name];
      const message = { key: importMessages.valueDropped, params: { message: zodIssueRef(issue) } };
      if (list && typeof index === "number") {
        dropped.push({ field, message, value: list.values[index] ?? null });
        removed.set(name, (removed.get(name) ?? new Set()).add(index));
      } else {
        dropped.push({ field, message, value: rules.cellOf(field) });
        current[name] = list ? [] : undefined;
        if (list) rules.lists[name] = { values: [], sources: [] };
      }
    }
    for (const [name, indexes] of removed) {
      const list = rules.lists[name] ?? { values: [], sources: [] };
      const keep = (_: unknown, i: number) => !indexes.has(i);
      rules.lists[name] = { values: list.values.filter(keep), sources: list.sources.filter(keep) };
      current[name] = rules.lists[name]?.values;
    }
  }
  return { ok: false, issues: rowIssues(issues, rules) };
}

function rowIssues(issues: readonly z.core.$ZodIssue[], rules: LenientRules): RowIssue[] {
  const seen = new Set<string>();
  const out: RowIssue[] = [];
  for (const issue of issues) {
    const field = rules.fieldOf(issue.path);
    if (seen.has(field)) continue;
    seen.add(field);
    out.push({ field, message: zodIssueRef(issue), value: rules.cellOf(field) });
  }
  return out;
}
