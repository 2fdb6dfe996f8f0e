import type { MessageParams, MessageRef } from "@quartet/core";
import { conformanceMessages as m } from "./messages.ts";

/** The rules the conformance check applies to a plugin, in the order it reports them. */
export const conformanceRules = [
  "permissions",
  "forbidden-actor",
  "table-prefix",
  "migrations",
  "keeps-data",
  "purge",
  "settings-labels",
  "events-versioned",
  "health",
  "readme",
] as const;

/** One rule of the conformance check. */
export type ConformanceRule = (typeof conformanceRules)[number];

/**
 * What the check found for one rule: `ok` with what was checked, or what is wrong, as a message
 * key and its parameters (`message`, worded in either language by `wordFinding`). `skipped` marks
 * a rule that could not be checked because another one failed first (a plugin the host refuses to
 * load or enable cannot be disabled, purged or asked for its health).
 */
export type Finding = { rule: ConformanceRule; ok: boolean; message: MessageRef; skipped?: true };

/** One parameter of a finding's message: a name as it is in the code, a number or a nested message. */
export type Said = MessageParams[string];

/** A finding that passed. */
export const passed = (rule: ConformanceRule, key: string, params?: MessageParams): Finding => ({
  rule,
  ok: true,
  message: params ? { key, params } : { key },
});

/** A finding that failed. */
export const failed = (rule: ConformanceRule, key: string, params?: MessageParams): Finding => ({
  rule,
  ok: false,
  message: params ? { key, params } : { key },
});

/** A rule left unchecked, and why. */
export const skipped = (rule: ConformanceRule, why: Said): Finding => ({
  rule,
  ok: false,
  message: { key: m.notChecked, params: { why } },
  skipped: true,
});

/** "1 procedure", "3 procedures" (`key` is one of the catalog's counted nouns). */
export const count = (count: number, key: string): MessageRef => ({ key, params: { count } });

/** Parts joined by a catalog's joiner (`comma`, `semicolon`, `and`): `a, b, c`. */
export function joined(parts: readonly Said[], joiner: string = m.comma): Said {
  const [first, ...rest] = parts;
  return rest.reduce<Said>((sum, next) => ({ key: joiner, params: { first: sum, next } }), first ?? "");
}

/** A list of names for a message, at most `max` of them: `a, b, c and 4 more`. */
export function listed(names: readonly Said[], max = 5): Said {
  const shown = joined(names.slice(0, max));
  return names.length > max ? { key: m.andMore, params: { names: shown, more: names.length - max } } : shown;
}
