/** Grammatical gender of the counted noun: «один рубль», «одна копейка / тысяча», «одно евро». */
export type Gender = "masculine" | "feminine" | "neuter";

/** A noun's forms after 1, 2–4 and 5–20 (and 0): `["рубль", "рубля", "рублей"]`. */
export type NounForms = readonly [one: string, few: string, many: string];

const ones = ["", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"];
const teens = [
  "десять",
  "одиннадцать",
  "двенадцать",
  "тринадцать",
  "четырнадцать",
  "пятнадцать",
  "шестнадцать",
  "семнадцать",
  "восемнадцать",
  "девятнадцать",
];
const tens = [
  "",
  "",
  "двадцать",
  "тридцать",
  "сорок",
  "пятьдесят",
  "шестьдесят",
  "семьдесят",
  "восемьдесят",
  "девяносто",
];
const hundreds = [
  "",
  "сто",
  "двести",
  "триста",
  "четыреста",
  "пятьсот",
  "шестьсот",
  "семьсот",
  "восемьсот",
  "девятьсот",
];
const genderedOne = { masculine: "один", feminine: "одна", neuter: "одно" } as const;
const genderedTwo = { masculine: "два", feminine: "две", neuter: "два" } as const;

// Thousands upwards: each group of three digits with its noun and the gender that noun takes.
const scales: readonly { forms: NounForms; gender: Gender }[] = [
  { forms: ["тысяча", "тысячи", "тысяч"], gender: "feminine" },
  { forms: ["миллион", "миллиона", "миллионов"], gender: "masculine" },
  { forms: ["миллиард", "миллиарда", "миллиардов"], gender: "masculine" },
  { forms: ["триллион", "триллиона", "триллионов"], gender: "masculine" },
];

/**
 * The form of a noun after the count `n`: one after 1, 21, 101…; few after 2–4, 22–24…; many
 * after 0, 5–20, 25–30… (11–14 take many).
 *
 * @example russianForm(22n, ["рубль", "рубля", "рублей"]) // "рубля"
 */
export function russianForm(n: bigint, forms: NounForms): string {
  const lastTwo = n % 100n;
  const last = n % 10n;
  if (lastTwo >= 11n && lastTwo <= 14n) return forms[2];
  if (last === 1n) return forms[0];
  if (last >= 2n && last <= 4n) return forms[1];
  return forms[2];
}

/**
 * `n` (0 to 999 999 999 999 999) in Russian words, in lower case, agreeing with a noun of
 * `gender`: «двадцать одна» (копейка), «две тысячи два» (рубля), «ноль».
 *
 * @example russianNumber(2001n, "feminine") // "две тысячи одна"
 */
export function russianNumber(n: bigint, gender: Gender): string {
  if (n === 0n) return "ноль";
  const words: string[] = [];
  const groups = groupsOfThree(n);
  for (let index = groups.length - 1; index >= 0; index--) {
    const group = groups[index] ?? 0n;
    if (group === 0n) continue;
    const scale = scales[index - 1];
    words.push(...groupWords(Number(group), scale ? scale.gender : gender));
    if (scale) words.push(russianForm(group, scale.forms));
  }
  return words.join(" ");
}

// 1 234 567 → [567, 234, 1]: the lowest group first.
function groupsOfThree(n: bigint): bigint[] {
  const groups: bigint[] = [];
  for (let rest = n; rest > 0n; rest /= 1000n) groups.push(rest % 1000n);
  return groups;
}

function groupWords(group: number, gender: Gender): string[] {
  const words = [hundreds[Math.floor(group / 100)] ?? ""];
  const lastTwo = group % 100;
  if (lastTwo >= 10 && lastTwo < 20) return [...words, teens[lastTwo - 10] ?? ""].filter(Boolean);
  const last = lastTwo % 10;
  const unit = last === 1 ? genderedOne[gender] : last === 2 ? genderedTwo[gender] : ones[last];
  return [...words, tens[Math.floor(lastTwo / 10)] ?? "", unit ?? ""].filter(Boolean);
}
