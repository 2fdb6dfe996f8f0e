const ones = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const teens = [
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const scales = ["", "thousand", "million", "billion", "trillion"];

/**
 * `n` (0 to 999 999 999 999 999) in English words, lower case, short scale, tens hyphenated and
 * no "and" inside the number — the style of US cheques and of English invoices from Russian
 * companies, where "and" is kept for the minor units («… rubles and 05 kopecks»).
 *
 * @example englishNumber(123456n) // "one hundred twenty-three thousand four hundred fifty-six"
 */
export function englishNumber(n: bigint): string {
  if (n === 0n) return "zero";
  const words: string[] = [];
  let scale = 0;
  for (let rest = n; rest > 0n; rest /= 1000n, scale++) {
    const group = Number(rest % 1000n);
    if (group !== 0) words.unshift([groupWords(group), scales[scale]].filter(Boolean).join(" "));
  }
  return words.join(" ");
}

function groupWords(group: number): string {
  const hundred = Math.floor(group / 100);
  const lastTwo = group % 100;
  const below =
    lastTwo >= 10 && lastTwo < 20
      ? teens[lastTwo - 10]
      : [tens[Math.floor(lastTwo / 10)], ones[lastTwo % 10]].filter(Boolean).join("-");
  return [hundred > 0 ? `${ones[hundred]} hundred` : "", below].filter(Boolean).join(" ");
}
