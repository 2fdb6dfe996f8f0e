/**
 * Text folded for searching: lower case in any alphabet (SQLite's `lower` and `LIKE` fold Latin
 * letters only) and «ё» read as «е», so «Поставка» is found by «поставка» and «Ёлки» by «елки».
 *
 * @example searchText("Поставка Ёлок") // "поставка елок"
 */
export function searchText(text: string): string {
  return text.toLocaleLowerCase("ru").replaceAll("ё", "е");
}
