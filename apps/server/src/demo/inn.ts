import type { Random } from "./random.ts";

const weights10 = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const weights11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const weights12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

function checkDigit(digits: string, weights: readonly number[]): string {
  const sum = weights.reduce((acc, w, i) => acc + w * Number(digits[i]), 0);
  return String((sum % 11) % 10);
}

/**
 * A made-up INN with correct FNS check digits: 10 digits for an organisation (`legal`), 12 for an
 * individual entrepreneur (`individual`), starting with the region's tax office code.
 *
 * @example demoInn(seededRandom(1), "77", "legal") // "77…" (10 digits, valid)
 */
export function demoInn(random: Random, regionCode: string, kind: "legal" | "individual"): string {
  const length = kind === "legal" ? 9 : 10;
  let body = regionCode.padStart(2, "0").slice(0, 2);
  while (body.length < length) body += String(random.int(0, 9));
  if (kind === "legal") return body + checkDigit(body, weights10);
  const eleven = body + checkDigit(body, weights11);
  return eleven + checkDigit(eleven, weights12);
}

/** A KPP for an organisation registered in `regionCode`: tax office, reason 01, number 001. */
export function demoKpp(regionCode: string, random: Random): string {
  return `${regionCode.padStart(2, "0")}${String(random.int(1, 51)).padStart(2, "0")}01001`;
}
