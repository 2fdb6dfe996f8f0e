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
 * What the check found for one rule, worded plainly: `ok` with what was checked, or what is wrong.
 * `skipped` marks a rule that could not be checked because another one failed first (a plugin the
 * host refuses to load or enable cannot be disabled, purged or asked for its health).
 */
export type Finding = { rule: ConformanceRule; ok: boolean; message: string; skipped?: true };

/** A finding that passed. */
export const passed = (rule: ConformanceRule, message: string): Finding => ({ rule, ok: true, message });

/** A finding that failed. */
export const failed = (rule: ConformanceRule, message: string): Finding => ({ rule, ok: false, message });

/** A rule left unchecked, and why. */
export const skipped = (rule: ConformanceRule, why: string): Finding => ({
  rule,
  ok: false,
  message: `not checked: ${why}`,
  skipped: true,
});

/** "1 procedure", "3 procedures". */
export const count = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** A list of names for a message, at most `max` of them: `a, b, c and 4 more`. */
export function listed(names: readonly string[], max = 5): string {
  const shown = names.slice(0, max).join(", ");
  return names.length > max ? `${shown} and ${names.length - max} more` : shown;
}
