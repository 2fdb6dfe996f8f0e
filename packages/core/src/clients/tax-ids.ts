/**
 * Why a tax id was refused, the real reason each: a wrong number of digits (`length`), something
 * other than digits (`characters`), all zeros (`zeros`), an INN's region `00` (`region`), or a
 * check digit that does not match (`checksum`).
 */
export type TaxIdReason = "length" | "characters" | "zeros" | "region" | "checksum";

/** A refused INN or OGRN and its reason. */
export type TaxIdFailure = { ok: false; reason: TaxIdReason };

/** Whose tax id it is: an organisation (`legal`) or a person / individual entrepreneur, ИП (`individual`). */
export type TaxpayerKind = "legal" | "individual";

/** A checked INN or OGRN: the digits without spaces and whose number it is. */
export type TaxIdResult = { ok: true; value: string; kind: TaxpayerKind } | TaxIdFailure;

/** A checked OGRN: as `TaxIdResult`, but an OGRN has no region to fail by. */
export type OgrnResult =
  | { ok: true; value: string; kind: TaxpayerKind }
  | { ok: false; reason: Exclude<TaxIdReason, "region"> };

/**
 * A checked KPP (upper-cased, without spaces). A KPP has no check digit: it fails by its length,
 * characters, all zeros, or its shape (`format`: letters only in the 5th and 6th places).
 */
export type KppResult =
  | { ok: true; value: string }
  | { ok: false; reason: "length" | "characters" | "zeros" | "format" };

const innWeights10 = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const innWeights11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const innWeights12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

/**
 * Checks an INN (ИНН): 10 digits for an organisation, 12 for a person or ИП, with the FNS
 * check digits. Spaces are ignored; all zeros fail as `zeros` (they pass the checksum), another INN
 * starting with `00` (no such region) as `region`.
 *
 * @example validateInn("7707 083 893") // { ok: true, value: "7707083893", kind: "legal" }
 */
export function validateInn(value: string): TaxIdResult {
  const digits = compact(value);
  const shape = digitsShape(digits, [10, 12]);
  if (shape) return shape;
  if (digits.startsWith("00")) return { ok: false, reason: "region" };
  if (digits.length === 10) {
    return checkDigit(digits, innWeights10) === digits[9]
      ? { ok: true, value: digits, kind: "legal" }
      : { ok: false, reason: "checksum" };
  }
  const valid =
    checkDigit(digits, innWeights11) === digits[10] && checkDigit(digits, innWeights12) === digits[11];
  return valid ? { ok: true, value: digits, kind: "individual" } : { ok: false, reason: "checksum" };
}

/**
 * Checks a KPP (КПП): 4 digits (tax office), 2 digits or capital Latin letters (reason), 3 digits.
 * Spaces are ignored and letters upper-cased.
 *
 * @example validateKpp("773601001") // { ok: true, value: "773601001" }
 */
export function validateKpp(value: string): KppResult {
  const kpp = compact(value).toUpperCase();
  if (!/^[\dA-Z]*$/.test(kpp)) return { ok: false, reason: "characters" };
  if (kpp.length !== 9) return { ok: false, reason: "length" };
  if (/^0+$/.test(kpp)) return { ok: false, reason: "zeros" };
  return /^\d{4}[\dA-Z]{2}\d{3}$/.test(kpp) ? { ok: true, value: kpp } : { ok: false, reason: "format" };
}

/**
 * Checks an OGRN (ОГРН, 13 digits, an organisation: `legal`) or an OGRNIP (ОГРНИП, 15 digits,
 * an individual entrepreneur: `individual`). The last digit is the rest of the others modulo 11
 * (OGRN) or 13 (OGRNIP), modulo 10. Spaces are ignored.
 *
 * @example validateOgrn("1027700132195") // { ok: true, value: "1027700132195", kind: "legal" }
 */
export function validateOgrn(value: string): OgrnResult {
  const digits = compact(value);
  const shape = digitsShape(digits, [13, 15]);
  if (shape) return shape;
  const kind: TaxpayerKind = digits.length === 13 ? "legal" : "individual";
  const body = BigInt(digits.slice(0, -1));
  const expected = (body % (kind === "legal" ? 11n : 13n)) % 10n;
  return String(expected) === digits.at(-1)
    ? { ok: true, value: digits, kind }
    : { ok: false, reason: "checksum" };
}

function compact(value: string): string {
  return value.replace(/\s+/g, "");
}

/** The failure of a number that is not `lengths` digits long, not only digits, or all zeros; null when none. */
function digitsShape(
  digits: string,
  lengths: readonly number[],
): { ok: false; reason: "characters" | "length" | "zeros" } | null {
  if (!/^\d*$/.test(digits)) return { ok: false, reason: "characters" };
  if (!lengths.includes(digits.length)) return { ok: false, reason: "length" };
  return /^0+$/.test(digits) ? { ok: false, reason: "zeros" } : null;
}

function checkDigit(digits: string, weights: readonly number[]): string {
  const total = weights.reduce((acc, weight, i) => acc + weight * Number(digits[i]), 0);
  return String((total % 11) % 10);
}
