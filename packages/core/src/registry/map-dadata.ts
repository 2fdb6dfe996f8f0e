import type { DadataAnswer, DadataBank, DadataParty } from "./dadata-shapes.ts";
import type { BankCandidate, PartyCandidate, PartyStatus } from "./types.ts";

const statuses: Record<string, PartyStatus> = {
  ACTIVE: "active",
  LIQUIDATING: "liquidating",
  LIQUIDATED: "liquidated",
  BANKRUPT: "bankrupt",
  REORGANIZING: "reorganizing",
};

const text = (value: string | null | undefined): string | null => value?.trim() || null;

function directorOf(data: NonNullable<DadataParty["data"]>, fullName: string): PartyCandidate["director"] {
  const name = text(data.management?.name);
  if (name) return { name, post: text(data.management?.post) };
  // An individual entrepreneur heads their own business; DaData names them in `fio`, not `management`.
  if (data.type !== "INDIVIDUAL") return null;
  const fio = [data.fio?.surname, data.fio?.name, data.fio?.patronymic].map(text).filter(Boolean).join(" ");
  return { name: fio || fullName, post: null };
}

/**
 * Maps one DaData party suggestion to a candidate; a suggestion without an INN or a name is
 * dropped (null). An unknown status reads as `active`, the registry's default.
 *
 * @example partyFromDadata({ value: "ПАО СБЕРБАНК", data: { inn: "7707083893", … } })
 */
export function partyFromDadata(suggestion: DadataParty): PartyCandidate | null {
  const data = suggestion.data;
  const inn = text(data?.inn);
  const fullName = text(data?.name?.full_with_opf) ?? text(data?.name?.full) ?? text(suggestion.value);
  if (!data || !inn || !fullName) return null;
  return {
    kind: data.type === "INDIVIDUAL" ? "individual" : "legal",
    fullName,
    shortName: text(data.name?.short_with_opf) ?? text(suggestion.value),
    inn,
    kpp: text(data.kpp),
    ogrn: text(data.ogrn),
    address: text(data.address?.unrestricted_value) ?? text(data.address?.value),
    director: directorOf(data, fullName),
    status: statuses[data.state?.status ?? ""] ?? "active",
  };
}

/** Maps DaData's `findById/party` answer to candidates, in the registry's order. */
export function partiesFromDadata(answer: DadataAnswer<DadataParty>): PartyCandidate[] {
  return (answer.suggestions ?? []).flatMap((s) => partyFromDadata(s) ?? []);
}

/** Maps DaData's `findById/bank` answer to the first bank it names, or null. */
export function bankFromDadata(answer: DadataAnswer<DadataBank>): BankCandidate | null {
  for (const suggestion of answer.suggestions ?? []) {
    const data = suggestion.data;
    const bik = text(data?.bic);
    const name = text(data?.name?.payment) ?? text(data?.name?.short) ?? text(suggestion.value);
    if (!data || !bik || !name) continue;
    return {
      bik,
      name,
      correspondentAccount: text(data.correspondent_account),
      address: text(data.address?.unrestricted_value) ?? text(data.address?.value),
    };
  }
  return null;
}
