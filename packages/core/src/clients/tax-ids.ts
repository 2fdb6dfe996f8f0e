/** Why a tax id was refused: wrong shape (`format`) or a check digit that does not match (`checksum`). */
export type TaxIdFailure = { ok: false; reason: "format" | "checksum" };

/** Whose tax id it is: an organisation (`legal`) or a person / individual entrepreneur, ИП (`individual`). */
export type TaxpayerKind = "legal" | "individual";

/** A checked INN or OGRN: the digits without spaces and whose number it is. */
export type TaxIdResult = { ok: true; value: string; kind: TaxpayerKind } | TaxIdFailure;

/** A checked KPP (upper-cased, without spaces); a KPP has no check digit, so only its shape can fail. */
export type KppResult = { ok: true; value: string } | { ok: false; reason: "format" };

const innWeights10 = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const innWeights11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const innWeights12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

/**
 * Checks an INN (ИНН): 10 digits for an organisation, 12 for a person or ИП, with the FNS
 * check digits. Spaces are ignored; an INN starting with `00` (no such region) is a `format` failure.
 *
 * @example validateInn("7707 083 893") // { ok: true, value: "7707083893", kind: "legal" }
 */
export function validateInn(value: string): TaxIdResult {
  const digits = compact(value);
  if (!/^(\d{10}|\d{12})$/.test(digits) || digits.startsWith("00")) return { ok: false, reason: "format" };
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
  return /^\d{4}[\dA-Z]{2}\d{3}$/.test(kpp) ? { ok: true, value: kpp } : { ok: false, reason: "format" };
}

/**
 * Checks an OGRN (ОГРН, 13 digits, an organisation: `legal`) or an OGRNIP (ОГРНИП, 15 digits,
 * an individual entrepreneur: `individual`). The last digit is the rest of the others modulo 11
 * (OGRN) or 13 (OGRNIP), modulo 10. Spaces are ignored.
 *
 * @example validateOgrn("1027700132195") // { ok: true, value: "1027700132195", kind: "legal" }
 */
export function validateOgrn(value: string): TaxIdResult {
  const digits = compact(value);
  if (!/^(\d{13}|\d{15})$/.test(digits)) return { ok: false, reason: "format" };
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

function checkDigit(digits: string, weights: readonly number[]): string {
  const total = weights.reduce((acc, weight, i) => acc + weight * Number(digits[i]), 0);
  return String((total % 11) % 10);
}
