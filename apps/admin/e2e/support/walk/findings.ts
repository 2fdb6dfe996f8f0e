/** Where a walk looked: a page or dialog, in a language, at a width. */
export type Spot = { page: string; locale: "ru" | "en"; width: "desktop" | "phone" };

/** One thing the walk found wrong. */
export type Finding = Spot & { what: string };

/** The findings of a walk, gathered instead of failing at the first, and told as one report. */
export function createFindings() {
  const all: Finding[] = [];
  return {
    add(spot: Spot, what: string) {
      all.push({ ...spot, what });
    },
    /** Every finding, a line each, grouped by page: `/clients (ru, phone): cut off: button «Импорт»`. */
    report(): string {
      return all.map((f) => `${f.page} (${f.locale}, ${f.width}): ${f.what}`).join("\n");
    },
    count: () => all.length,
  };
}

/** A walk's findings. */
export type Findings = ReturnType<typeof createFindings>;
