import { can, type DocumentTypeView, type Locale, type ServiceContext } from "@quartet/core";
import type { DocumentsDeps } from "../deps.ts";
import { sourceEnabled } from "../sources/collection.ts";

/**
 * `core.documents.types`: the kinds of document the member may issue from a kind of subject in
 * this organisation (core's, and enabled plugins'), named in the viewer's language — so the
 * admin offers «Выставить счёт» only where it works.
 */
export async function documentTypes(
  deps: DocumentsDeps,
  ctx: ServiceContext,
  subject: string,
  viewer: Locale,
): Promise<DocumentTypeView[]> {
  const enabled = await deps.enabledIds(ctx.org.orgId);
  return deps.sources
    .forSubject(subject)
    .filter((hosted) => sourceEnabled(hosted, enabled) && can(ctx.actor, hosted.source.permission))
    .map(({ source }) => ({ type: source.type, name: source.name[viewer], subject: source.subject }));
}
