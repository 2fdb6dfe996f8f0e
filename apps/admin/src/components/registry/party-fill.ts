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
export function replacedKeys(
  draft: Record<FillKey, string>,
  fills: Partial<Record<FillKey, string>>,
): FillKey[] {
  return fillKeys.filter(
    (key) => fills[key] !== undefined && draft[key].trim() !== "" && draft[key].trim() !== fills[key],
  );
}

/**
 * The patch filling the form from a registry entry: only empty fields unless `replace` (the user
 * clicked «Заполнить» knowing what it replaces), so nothing typed is overwritten unasked.
 *
 * @example fillPatch({ name: "Ромашка", … }, { name: "ООО «Ромашка»", kpp: "773601001" }, false) // { kpp: "773601001" }
 */
export function fillPatch(
  draft: Record<FillKey, string>,
  fills: Partial<Record<FillKey, string>>,
  replace: boolean,
): Partial<Record<FillKey, string>> {
  return Object.fromEntries(
    fillKeys.flatMap((key) => {
      const value = fills[key];
      if (value === undefined || draft[key].trim() === value) return [];
      return replace || draft[key].trim() === "" ? [[key, value]] : [];
    }),
  );
}
