import type { OrgTransaction } from "@quartet/core";
import { documentCounters, documents } from "@quartet/db/org";
import { and, desc, eq, sql } from "drizzle-orm";
import type { Reader } from "../../records/clients/reader.ts";

/** The number a new version prints, and where it sits: the year and sequence of its series, its version. */
export type DocumentNumber = { number: string; year: number; sequence: number; version: number };

/**
 * What a number is asked for: the document's type and subject (versions count per both), its
 * series (`invoice` for every invoice, core's and plugins' alike, so an organisation has one
 * run of invoice numbers a year, as its accountant expects; a type of its own layout is a series
 * of its own), the year, and the source's own number when it keeps one (no series then).
 */
export type NumberRequest = {
  type: string;
  subjectId: string;
  series: string;
  year: number;
  own?: string | undefined;
};

async function latestVersion(reader: Reader, type: string, subjectId: string) {
  const [latest] = await reader
    .select({
      number: documents.number,
      year: documents.year,
      sequence: documents.sequence,
      version: documents.version,
    })
    .from(documents)
    .where(and(eq(documents.type, type), eq(documents.subjectId, subjectId)))
    .orderBy(desc(documents.version))
    .limit(1);
  return latest ? { ...latest, version: latest.version + 1 } : null;
}

/**
 * Inside the issuing transaction: a subject's first document of `type` takes the next number of
 * its series in `year` («1» on the first of each year, counted per organisation since each has its
 * own database); issuing again from the same subject makes the next version with the same number.
 * The counter row and the document are written by the same transaction, so a rolled-back issue
 * leaves no gap.
 */
export async function allocateNumber(tx: OrgTransaction, request: NumberRequest): Promise<DocumentNumber> {
  const { type, subjectId, series, year } = request;
  const next = await latestVersion(tx, type, subjectId);
  if (next) return next;
  if (request.own) return { number: request.own, year, sequence: 0, version: 1 };
  const [counter] = await tx
    .insert(documentCounters)
    .values({ type: series, year, last: 1 })
    .onConflictDoUpdate({
      target: [documentCounters.type, documentCounters.year],
      set: { last: sql`${documentCounters.last} + 1` },
    })
    .returning({ last: documentCounters.last });
  const sequence = counter?.last ?? 1;
  return { number: String(sequence), year, sequence, version: 1 };
}

/**
 * The number `allocateNumber` would give now, read outside any transaction: the PDF is drawn with
 * it before the write, so the organisation's write lock is not held while a PDF renders. The
 * write allocates for real and redraws only when another issue took the number meanwhile.
 */
export async function expectedNumber(reader: Reader, request: NumberRequest): Promise<DocumentNumber> {
  const { type, subjectId, series, year } = request;
  const next = await latestVersion(reader, type, subjectId);
  if (next) return next;
  if (request.own) return { number: request.own, year, sequence: 0, version: 1 };
  const [counter] = await reader
    .select({ last: documentCounters.last })
    .from(documentCounters)
    .where(and(eq(documentCounters.type, series), eq(documentCounters.year, year)));
  const sequence = (counter?.last ?? 0) + 1;
  return { number: String(sequence), year, sequence, version: 1 };
}

/** Whether two numbers print the same (number and version). */
export function sameNumber(a: DocumentNumber, b: DocumentNumber): boolean {
  return a.number === b.number && a.version === b.version && a.year === b.year;
}
