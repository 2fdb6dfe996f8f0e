// Spelled-out legal forms, longest first so "закрытое акционерное общество" goes before "акционерное общество".
const legalFormPhrases = [
  "федеральное государственное унитарное предприятие",
  "государственное унитарное предприятие",
  "муниципальное унитарное предприятие",
  "общество с ограниченной ответственностью",
  "публичное акционерное общество",
  "открытое акционерное общество",
  "закрытое акционерное общество",
  "непубличное акционерное общество",
  "акционерное общество",
  "автономная некоммерческая организация",
  "некоммерческая организация",
  "индивидуальный предприниматель",
  "товарищество с ограниченной ответственностью",
  "крестьянское фермерское хозяйство",
  "limited liability company",
  "limited liability partnership",
  "joint stock company",
  "public limited company",
  "incorporated",
  "corporation",
  "limited",
];

const legalFormWords = new Set(
  "ооо оао зао пао нао ао нко ип гуп муп фгуп ано тоо одо кфх llc ltd inc gmbh llp jsc pjsc ojsc cjsc plc corp".split(
    " ",
  ),
);

const phrasePattern = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${legalFormPhrases.join("|")})(?![\\p{L}\\p{N}])`,
  "gu",
);

/**
 * A company or person name reduced for fuzzy matching: lower case, `ё` → `е`, quotes and
 * punctuation gone, legal forms (ООО, АО, ИП, LLC, GmbH, «общество с ограниченной
 * ответственностью» …) stripped wherever they stand, spaces collapsed.
 *
 * @example normalizeCompanyName('ООО "Ромашка"') // "ромашка"
 */
export function normalizeCompanyName(name: string): string {
  const text = name
    .normalize("NFC")
    .toLowerCase()
    .replaceAll("ё", "е")
    .replace(/(?<![\p{L}\p{N}])((?:\p{L}\.){2,})/gu, (dotted) => dotted.replaceAll(".", "")) // L.L.C. → llc
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .replace(phrasePattern, " ");
  return text
    .split(" ")
    .filter((word) => word !== "" && !legalFormWords.has(word))
    .join(" ");
}

/**
 * How alike two names are, from 0 (nothing shared) to 1 (the same after `normalizeCompanyName`):
 * the larger of the trigram similarity of their words (order-free, as PostgreSQL `pg_trgm`) and
 * the edit-distance similarity of their sorted words (forgives a typo in a short name).
 *
 * @example nameSimilarity("ООО «Ромашка»", "Ромашка, LLC") // 1
 */
export function nameSimilarity(a: string, b: string): number {
  return normalizedNameSimilarity(normalizeCompanyName(a), normalizeCompanyName(b));
}

/** `nameSimilarity` for names already passed through `normalizeCompanyName` (stored keys). */
export function normalizedNameSimilarity(a: string, b: string): number {
  if (a === "" || b === "") return 0;
  if (a === b) return 1;
  const sortedA = a.split(" ").sort().join(" ");
  const sortedB = b.split(" ").sort().join(" ");
  if (sortedA === sortedB) return 1;
  return Math.max(
    jaccard(trigrams(a), trigrams(b)),
    1 - levenshtein(sortedA, sortedB) / Math.max(sortedA.length, sortedB.length),
  );
}

/** Default `namesMatch` threshold: a one-letter typo in a 7-letter name passes, an added word («Плюс») does not. */
export const nameMatchThreshold = 0.85;

/** True when two names are alike enough to flag a possible duplicate. */
export function namesMatch(a: string, b: string, threshold: number = nameMatchThreshold): boolean {
  return nameSimilarity(a, b) >= threshold;
}

function trigrams(text: string): Set<string> {
  const set = new Set<string>();
  for (const word of text.split(" ")) {
    const padded = [..."  ", ...word, " "];
    for (let i = 0; i + 3 <= padded.length; i++) set.add(padded.slice(i, i + 3).join(""));
  }
  return set;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared++;
  return shared / (a.size + b.size - shared);
}

function levenshtein(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[y.length] ?? 0;
}
