/** Why a bank code was refused: wrong shape (`format`) or a control key that does not match the BIK (`checksum`). */
export type BankCodeResult = { ok: true; value: string } | { ok: false; reason: "format" | "checksum" };

const weights = [7, 1, 3];

/**
 * Checks a BIK (БИК): 9 digits, a Russian bank's starting with `04`. Spaces are ignored.
 *
 * @example validateBik("044525225") // { ok: true, value: "044525225" }
 */
export function validateBik(value: string): BankCodeResult {
  const bik = compact(value);
  return /^04\d{7}$/.test(bik) ? { ok: true, value: bik } : { ok: false, reason: "format" };
}

/**
 * Checks a settlement account (расчётный счёт, 20 digits) against its bank's BIK with the Bank of
 * Russia control key: the BIK's last 3 digits and the account, weighted 7-1-3 repeating, must sum
 * to a multiple of 10. An account held at a Bank of Russia cash centre (a BIK ending in 000–002)
 * is keyed like a correspondent account. A BIK of the wrong shape fails as `format`.
 *
 * @example validateSettlementAccount("40702810400000000001", "044525225")
 */
export function validateSettlementAccount(value: string, bik: string): BankCodeResult {
  const account = compact(value);
  const bank = compact(bik);
  if (!/^\d{20}$/.test(account) || !validateBik(bank).ok) return { ok: false, reason: "format" };
  const prefix = Number(bank.slice(6)) <= 2 ? `0${bank.slice(4, 6)}` : bank.slice(6);
  return keyed(prefix, account);
}

/**
 * Checks a correspondent account (корреспондентский счёт): 20 digits starting with `30101`, keyed
 * with `0` and the BIK's 5th–6th digits in front (the account of the bank at the Bank of Russia).
 *
 * @example validateCorrespondentAccount("30101810400000000225", "044525225") // ok
 */
export function validateCorrespondentAccount(value: string, bik: string): BankCodeResult {
  const account = compact(value);
  const bank = compact(bik);
  if (!/^30101\d{15}$/.test(account) || !validateBik(bank).ok) return { ok: false, reason: "format" };
  return keyed(`0${bank.slice(4, 6)}`, account);
}

/** True when the 23 digits, weighted 7-1-3 repeating, sum to a multiple of 10 (Bank of Russia control key). */
export function controlKeyMatches(digits23: string): boolean {
  const total = [...digits23].reduce(
    (acc, digit, i) => acc + ((Number(digit) * (weights[i % 3] ?? 0)) % 10),
    0,
  );
  return total % 10 === 0;
}

function keyed(prefix: string, account: string): BankCodeResult {
  return controlKeyMatches(prefix + account)
    ? { ok: true, value: account }
    : { ok: false, reason: "checksum" };
}

function compact(value: string): string {
  return value.replace(/\s+/g, "");
}
