import type { PartyCandidate } from "./types.ts";

/** The requisites form's fields a registry entry fills. */
export type RequisitesFillKey =
  | "fullName"
  | "shortName"
  | "kpp"
  | "ogrn"
  | "legalAddress"
  | "directorName"
  | "directorTitle";

/** «ГЕНЕРАЛЬНЫЙ ДИРЕКТОР» → «Генеральный директор»: the registry writes posts in capitals. */
const sentenceCase = (text: string) => text.charAt(0).toUpperCase() + text.slice(1).toLowerCase();

/** The values a registry entry gives a requisites form: names, codes, legal address, director and post. */
export function requisitesFills(candidate: PartyCandidate): Partial<Record<RequisitesFillKey, string>> {
  const fills: Partial<Record<RequisitesFillKey, string | undefined>> = {
    fullName: candidate.fullName,
    shortName: candidate.shortName ?? undefined,
    kpp: candidate.kpp ?? undefined,
    ogrn: candidate.ogrn ?? undefined,
    legalAddress: candidate.address ?? undefined,
    directorName: candidate.director?.name,
    directorTitle: candidate.director?.post ? sentenceCase(candidate.director.post) : undefined,
  };
  return Object.fromEntries(Object.entries(fills).filter(([, value]) => value)) as Partial<
    Record<RequisitesFillKey, string>
  >;
}
