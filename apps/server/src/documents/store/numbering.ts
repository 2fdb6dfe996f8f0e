import type { OrgTransaction } from "@quartet/core";
import { documentCounters, documents } from "@quartet/db/org";
import { and, desc, eq, sql } from "drizzle-orm";

/** The number a new version prints, and where it sits: the year and sequence of its type, its version. */
export type DocumentNumber = { number: string; year: number; sequence: number; version: number };

/**
 * Inside the issuing transaction: a subject's first document of `type` takes the next number of
 * that type in `year` («1» on the first of each year, counted per organisation since each has its
 * own database); issuing again from the same subject makes the next version with the same number.
 * The counter row and the document are written by the same transaction, so a rolled-back issue
 * leaves no gap.
 */
export async function allocateNumber(
  tx: OrgTransaction,
  type: string,
  subjectId: string,
  year: number,
): Promise<DocumentNumber> {
  const [latest] = await tx
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
  if (latest) return { ...latest, version: latest.version + 1 };
  const [counter] = await tx
    .insert(documentCounters)
    .values({ type, year, last: 1 })
    .onConflictDoUpdate({
      target: [documentCounters.type, documentCounters.year],
      set: { last: sql`${documentCounters.last} + 1` },
    })
    .returning({ last: documentCounters.last });
  const sequence = counter?.last ?? 1;
  return { number: String(sequence), year, sequence, version: 1 };
}
