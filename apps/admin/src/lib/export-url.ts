/** The lists the server exports to CSV (`GET /api/v1/exports/<list>.csv`). */
export type ExportList = "clients" | "orders" | "tasks" | "handoffs" | "audit";

/**
 * The address of a CSV export: the list's filters as query parameters (empty ones dropped,
 * numbers and flags written out) and the header language, Russian unless the page is in English.
 *
 * @example exportUrl("tasks", { list: "mine" }, "en") // "/api/v1/exports/tasks.csv?list=mine&locale=en"
 */
export function exportUrl(
  list: ExportList,
  filters: Readonly<Record<string, string | number | boolean | null | undefined>>,
  locale: string,
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  }
  params.set("locale", locale === "en" ? "en" : "ru");
  return `/api/v1/exports/${list}.csv?${params.toString()}`;
}
