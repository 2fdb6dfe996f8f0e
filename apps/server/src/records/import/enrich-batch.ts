import { importMessages, isDomainError, type PartyCandidate, registryMessages } from "@quartet/core";
import type { RowIssue, ValidRow } from "./read-row.ts";
import { type FilledRow, fillFromParty, partyForRow, wantsRegistry } from "./registry-fill.ts";

/** Finds a company by INN (and KPP) in the registry, waiting out its rate limit. */
export type PartyLookup = (inn: string, kpp?: string) => Promise<PartyCandidate[]>;

/** What the registry made of a row: its completed row, or a warning for the row error report. */
export type RowEnrichment = { ok: true; filled: FilledRow } | { ok: false; warning: RowIssue };

// A registry refusal as the row's warning: a refused key, else the service did not answer.
function warningOf(error: unknown, inn: string): RowIssue {
  const refused = isDomainError(error) && error.key === registryMessages.tokenRefused;
  const key = refused ? importMessages.registryTokenRefused : importMessages.registryUnavailable;
  return { field: "inn", message: { key }, value: inn };
}

/**
 * Asks the registry about the rows of one batch that have an INN and a blank to fill (rows the
 * import will skip as duplicates are left out by the caller), one request per INN and KPP, and
 * answers by row number. A failure is that row's warning, never the batch's; a registry that
 * refuses the key fails the rest of the batch the same way without asking again. Null when
 * `stopped()` turns true (a lookup waiting out the rate limit then fails): the batch is
 * abandoned, to be asked again on resume.
 */
export async function enrichBatch(
  rows: readonly { row: number; data: ValidRow }[],
  lookup: PartyLookup,
  stopped: () => boolean,
): Promise<Map<number, RowEnrichment> | null> {
  const answers = new Map<string, PartyCandidate[] | RowIssue>();
  const out = new Map<number, RowEnrichment>();
  let refusal: unknown = null;
  for (const { row, data } of rows) {
    const inn = data.client.inn;
    if (inn === null || !wantsRegistry(data)) continue;
    const kpp = data.client.kpp ?? undefined;
    const key = `${inn}/${kpp ?? ""}`;
    let answer = answers.get(key);
    if (!answer) {
      if (stopped()) return null;
      answer = refusal
        ? warningOf(refusal, inn)
        : await lookup(inn, kpp).catch((e: unknown) => {
            if (isDomainError(e) && e.key === registryMessages.tokenRefused) refusal = e;
            return warningOf(e, inn);
          });
      if (stopped()) return null;
      answers.set(key, answer);
    }
    if (!Array.isArray(answer)) {
      out.set(row, { ok: false, warning: { ...answer, value: inn } });
      continue;
    }
    const party = partyForRow(data, answer);
    out.set(
      row,
      party
        ? { ok: true, filled: fillFromParty(data, party) }
        : {
            ok: false,
            warning: { field: "inn", message: { key: importMessages.registryNotFound }, value: inn },
          },
    );
  }
  return out;
}
