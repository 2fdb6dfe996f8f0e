import { clientMessages as m } from "../messages/catalogs/clients.ts";
import {
  type KppResult,
  type OgrnResult,
  type TaxIdReason,
  validateInn,
  validateKpp,
  validateOgrn,
} from "./tax-ids.ts";

type KppReason = Extract<KppResult, { ok: false }>["reason"];

/**
 * The message of each refusal of a tax id, by kind and reason: the real reason each time
 * (`0000000000` says «одни нули», not a wrong length). Every check of an INN, KPP or OGRN words
 * its refusal from here.
 *
 * @example taxIdMessages.inn.zeros // "core.clients.innZeros"
 */
export const taxIdMessages: {
  inn: Record<TaxIdReason, string>;
  kpp: Record<KppReason, string>;
  ogrn: Record<Extract<OgrnResult, { ok: false }>["reason"], string>;
} = {
  inn: {
    length: m.innFormat,
    characters: m.innCharacters,
    zeros: m.innZeros,
    region: m.innRegion,
    checksum: m.innChecksum,
  },
  kpp: { length: m.kppLength, characters: m.kppCharacters, zeros: m.kppZeros, format: m.kppFormat },
  ogrn: { length: m.ogrnFormat, characters: m.ogrnCharacters, zeros: m.ogrnZeros, checksum: m.ogrnChecksum },
};

/** Which tax id: INN, KPP or OGRN (OGRNIP included). */
export type TaxIdKind = keyof typeof taxIdMessages;

/** A checked tax id, or its reason and the message that words it. */
export type TaxIdCheck = { ok: true; value: string } | { ok: false; reason: string; message: string };

/**
 * Checks one tax id of `kind` and words a refusal by its reason.
 *
 * @example checkTaxId("inn", "0000000000") // { ok: false, reason: "zeros", message: "core.clients.innZeros" }
 */
export function checkTaxId(kind: TaxIdKind, raw: string): TaxIdCheck {
  if (kind === "kpp") return worded(validateKpp(raw), taxIdMessages.kpp);
  if (kind === "inn") return worded(validateInn(raw), taxIdMessages.inn);
  return worded(validateOgrn(raw), taxIdMessages.ogrn);
}

function worded<R extends string>(
  result: { ok: true; value: string } | { ok: false; reason: R },
  messages: Record<R, string>,
): TaxIdCheck {
  return result.ok ? result : { ok: false, reason: result.reason, message: messages[result.reason] };
}
