/** One migration of a drizzle-kit journal: its file tag and the stamp drizzle records when it is applied. */
export type JournalEntry = { tag: string; when: number };

/** How a database's applied migrations of one owner compare with the migrations this build ships. */
export type MigrationGap = {
  /** Tags of the shipped migrations `quartet migrate` would apply (drizzle applies those newer than the newest recorded). */
  pending: string[];
  /** How many recorded migrations this build does not ship: the database was written by a newer version. */
  unknown: number;
  /** The tag of the newest shipped migration the database has, or null when it has none. */
  current: string | null;
};

/**
 * Compares a journal with the stamps (`created_at`) recorded in the owner's migrations table, the way
 * drizzle's migrator decides: what is newer than the newest recorded stamp is pending.
 *
 * @example migrationGap([{ tag: "0000_init", when: 1 }, { tag: "0001_people", when: 2 }], [1]).pending // ["0001_people"]
 */
export function migrationGap(journal: readonly JournalEntry[], applied: readonly number[]): MigrationGap {
  const newest = applied.length ? Math.max(...applied) : Number.NEGATIVE_INFINITY;
  const shipped = new Set(journal.map((entry) => entry.when));
  const reached = journal.filter((entry) => entry.when <= newest);
  return {
    pending: journal.filter((entry) => entry.when > newest).map((entry) => entry.tag),
    unknown: applied.filter((stamp) => !shipped.has(stamp)).length,
    current: reached.at(-1)?.tag ?? null,
  };
}
