import type { PartyCandidate } from "@quartet/core";
import type { ValidRow } from "./read-row.ts";

/** What a registry entry adds to a client's requisites card (`core_client_requisites`). */
export type CardFill = {
  shortName: string | null;
  directorName: string | null;
  directorTitle: string | null;
};

/** A row as the registry completed it: the client's own columns, and the card when it gave any. */
export type FilledRow = { row: ValidRow; card: CardFill | null };

/** «ГЕНЕРАЛЬНЫЙ ДИРЕКТОР» → «Генеральный директор»: the registry writes posts in capitals. */
const sentenceCase = (text: string) => text.charAt(0).toUpperCase() + text.slice(1).toLowerCase();

/** The client columns a registry entry fills, each only when the file left it blank. */
const columns = [
  ["legalName", (p: PartyCandidate) => p.fullName],
  ["kpp", (p: PartyCandidate) => p.kpp],
  ["ogrn", (p: PartyCandidate) => p.ogrn],
  ["address", (p: PartyCandidate) => p.address],
] as const;

/** Whether a row has an INN and something the registry could fill (a file may give everything). */
export function wantsRegistry(row: ValidRow): boolean {
  return row.client.inn !== null && columns.some(([key]) => row.client[key] === null);
}

/**
 * A valid row completed from its registry entry: full name, KPP, OGRN and legal address where
 * the file left them blank (never over what the file gave), and the short name, director and
 * their post for the requisites card (a new client has none).
 *
 * @example fillFromParty(row, sber).row.client.kpp // "773601001" when the file had no KPP
 */
export function fillFromParty(row: ValidRow, party: PartyCandidate): FilledRow {
  const client = { ...row.client };
  for (const [key, value] of columns) if (client[key] === null) client[key] = value(party);
  const card: CardFill = {
    shortName: party.shortName,
    directorName: party.director?.name ?? null,
    directorTitle: party.director?.post ? sentenceCase(party.director.post) : null,
  };
  const anyCard = Object.values(card).some((v) => v !== null);
  return { row: { ...row, client }, card: anyCard ? card : null };
}

/** The entry for a row: the one with its KPP when the file gave one (a branch), else the registry's first. */
export function partyForRow(row: ValidRow, parties: readonly PartyCandidate[]): PartyCandidate | null {
  const kpp = row.client.kpp;
  return (kpp ? parties.find((p) => p.kpp === kpp) : parties[0]) ?? null;
}
