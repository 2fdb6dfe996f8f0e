import type { PartyCandidate } from "./types.ts";

/** The client form's fields a registry entry can fill. */
export const fillKeys = ["name", "legalName", "kpp", "ogrn", "address"] as const;

/** One of the fields a registry entry fills. */
export type FillKey = (typeof fillKeys)[number];

/** The values a registry entry gives the form's fields (a missing value fills nothing). */
export function partyFills(candidate: PartyCandidate): Partial<Record<FillKey, string>> {
  const fills: Partial<Record<FillKey, string>> = {
    name: candidate.shortName ?? candidate.fullName,
    legalName: candidate.fullName,
    kpp: candidate.kpp ?? undefined,
    ogrn: candidate.ogrn ?? undefined,
    address: candidate.address ?? undefined,
  };
  return Object.fromEntries(Object.entries(fills).filter(([, value]) => value)) as Partial<
    Record<FillKey, string>
  >;
}

/** The fields where the user typed something other than the registry's value: filling would replace them. */
export function replacedKeys<K extends string>(
  draft: Record<K, string>,
  fills: Partial<Record<K, string>>,
): K[] {
  return filledKeys(fills).filter((key) => draft[key].trim() !== "" && draft[key].trim() !== fills[key]);
}

/**
 * The patch filling a form from a registry entry: only empty fields unless `replace` (the user
 * clicked «Заполнить» knowing what it replaces), so nothing typed is overwritten unasked.
 *
 * @example fillPatch({ name: "Ромашка", kpp: "" }, { name: "ООО «Ромашка»", kpp: "773601001" }, false) // { kpp: "773601001" }
 */
export function fillPatch<K extends string>(
  draft: Record<K, string>,
  fills: Partial<Record<K, string>>,
  replace: boolean,
): Partial<Record<K, string>> {
  const keys = filledKeys(fills).filter((key) => draft[key].trim() !== fills[key]);
  return Object.fromEntries(
    keys.filter((key) => replace || draft[key].trim() === "").map((key) => [key, fills[key]]),
  ) as Partial<Record<K, string>>;
}

const filledKeys = <K extends string>(fills: Partial<Record<K, string>>) =>
  (Object.keys(fills) as K[]).filter((key) => fills[key] !== undefined);
