const entities: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text made safe for HTML content and attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => entities[ch] ?? ch);
}

/** A business date (`YYYY-MM-DD`) as people read it: `15.01.2026`, `Jan 15, 2026`. */
export function formatDate(date: string, locale: "ru" | "en"): string {
  const instant = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(instant)) return date;
  const options: Intl.DateTimeFormatOptions =
    locale === "ru"
      ? { timeZone: "UTC", day: "2-digit", month: "2-digit", year: "numeric" }
      : { timeZone: "UTC", day: "numeric", month: "short", year: "numeric" };
  return new Intl.DateTimeFormat(locale, options).format(instant);
}

/** A quantity with up to three decimals in the locale's style: `1,5`, `1.5`. */
export function formatQuantity(quantity: number, locale: "ru" | "en"): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(quantity);
}
