import {
  can,
  type IssuedDocumentView,
  type Locale,
  type listDocumentsInput,
  type ServiceContext,
} from "@quartet/core";
import type { z } from "zod";
import { visibleClient } from "../../records/timeline/visible-client.ts";
import { visibleClients } from "../../search/visible-clients.ts";
import type { DocumentsDeps } from "../deps.ts";
import { clientWithMerged, currentClients } from "../store/current-clients.ts";
import type { IssuedDocumentRow } from "../store/load-document.ts";
import { byClients, bySubject, documentRows } from "../store/read-documents.ts";
import { presentDocuments } from "./present.ts";
import { requirePermission } from "./source-access.ts";

/**
 * `core.documents.list`: every version issued from one subject, or every document of one client,
 * newest first, each with its mailings; a merged client's documents are the surviving client's.
 * A client outside the member's reach (or another organisation's) is NOT_FOUND. A subject's documents need their source's `readPermission`
 * (FORBIDDEN naming it); a client's list leaves out the kinds the member may not read.
 */
export async function listDocuments(
  deps: DocumentsDeps,
  ctx: ServiceContext,
  input: z.output<typeof listDocumentsInput>,
  viewer: Locale,
): Promise<IssuedDocumentView[]> {
  const readPermission = (type: string) => deps.sources.get(type)?.source.readPermission;
  if (input.clientId !== undefined) {
    await visibleClient(ctx, input.clientId);
    const rows = await documentRows(
      ctx.org.db,
      byClients(await clientWithMerged(ctx.org.db, input.clientId)),
    );
    const readable = rows.filter((row) => {
      const permission = readPermission(row.type);
      return permission !== undefined && can(ctx.actor, permission);
    });
    return presentDocuments(deps, ctx, readable, viewer);
  }
  const rows = await documentRows(ctx.org.db, bySubject(input.subjectId));
  for (const permission of new Set(rows.map((row) => readPermission(row.type)))) {
    if (permission) requirePermission(ctx.actor, permission);
  }
  const current = await currentClients(
    ctx.org.db,
    rows.map((row) => row.clientId),
  );
  const now = (row: IssuedDocumentRow) => current.get(row.clientId)?.id ?? row.clientId;
  const visible = await visibleClients(ctx.org.db, ctx.actor, rows.map(now));
  return presentDocuments(
    deps,
    ctx,
    rows.filter((row) => visible.has(now(row))),
    viewer,
  );
}
