import type { IssuedDocumentView, Locale, ServiceContext } from "@quartet/core";
import { documents } from "@quartet/db/org";
import { inArray, max } from "drizzle-orm";
import type { DocumentsDeps } from "../deps.ts";
import { currentClients } from "../store/current-clients.ts";
import type { IssuedDocumentRow } from "../store/load-document.ts";
import { mailingsOf } from "../store/read-documents.ts";
import { documentView } from "../store/view.ts";

/**
 * Stored versions as the API shows them: the type named in the viewer's language, the client
 * (the surviving one after a merge), whether a newer version of the same subject exists, and each mailing. Rows of a type no
 * installed source declares any more are left out (nothing could name them).
 */
export async function presentDocuments(
  deps: DocumentsDeps,
  ctx: ServiceContext,
  rows: readonly IssuedDocumentRow[],
  viewer: Locale,
): Promise<IssuedDocumentView[]> {
  const named = rows.filter((row) => deps.sources.get(row.type));
  if (named.length === 0) return [];
  const db = ctx.org.db;
  const clientIds = [...new Set(named.map((row) => row.clientId))];
  const subjectIds = [...new Set(named.map((row) => row.subjectId))];
  const [current, latest, mailings] = await Promise.all([
    currentClients(db, clientIds),
    db
      .select({ type: documents.type, subjectId: documents.subjectId, version: max(documents.version) })
      .from(documents)
      .where(inArray(documents.subjectId, subjectIds))
      .groupBy(documents.type, documents.subjectId),
    mailingsOf(
      db,
      named.map((row) => row.id),
    ),
  ]);
  const newest = new Map(latest.map((l) => [`${l.type}\n${l.subjectId}`, l.version ?? 0]));
  return named.map((row) =>
    documentView(row, {
      orgId: ctx.org.orgId,
      typeName: deps.sources.get(row.type)?.source.name[viewer] ?? "",
      client: current.get(row.clientId) ?? { id: row.clientId, name: "" },
      superseded: (newest.get(`${row.type}\n${row.subjectId}`) ?? 0) > row.version,
      sent: mailings.get(row.id)?.sent ?? [],
      failed: mailings.get(row.id)?.failed ?? [],
    }),
  );
}
