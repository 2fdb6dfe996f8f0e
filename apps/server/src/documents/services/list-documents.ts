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
import { byClient, bySubject, documentRows } from "../store/read-documents.ts";
import { presentDocuments } from "./present.ts";
import { requirePermission } from "./source-access.ts";

/**
 * `core.documents.list`: every version issued from one subject, or every document of one client,
 * newest first, each with its mailings. A client outside the member's reach (or another
 * organisation's) is NOT_FOUND. A subject's documents need their source's `readPermission`
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
    const rows = await documentRows(ctx.org.db, byClient(input.clientId));
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
  const visible = await visibleClients(
    ctx.org.db,
    ctx.actor,
    rows.map((row) => row.clientId),
  );
  return presentDocuments(
    deps,
    ctx,
    rows.filter((row) => visible.has(row.clientId)),
    viewer,
  );
}
