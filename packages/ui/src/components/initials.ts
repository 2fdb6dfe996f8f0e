/**
 * Up to two initials of a name, or of an email's local part when the name is empty.
 *
 * @example initialsOf("Анна Петрова") // "АП"; initialsOf("ivan@example.ru") // "I"
 */
export function initialsOf(name: string): string {
  const base = name.includes("@") ? (name.split("@")[0] ?? "") : name;
  const words = base
    .split(/[\s._-]+/)
    .map((word) => word.trim())
    .filter(Boolean);
  const letters = words.slice(0, 2).map((word) => Array.from(word)[0] ?? "");
  return letters.join("").toUpperCase() || "?";
}
