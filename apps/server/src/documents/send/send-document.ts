import {
  DomainError,
  documentMessages,
  documentSent,
  type ServiceContext,
  sendDocumentInput,
} from "@quartet/core";
import { zodInputError } from "@quartet/core/trpc";
import { documentSends } from "@quartet/db/org";
import type { z } from "zod";
import type { Mailer } from "../../auth/mailer.ts";
import { visibleClient } from "../../records/timeline/visible-client.ts";
import type { DocumentsDeps } from "../deps.ts";
import { requirePermission } from "../services/source-access.ts";
import { sourceEnabled } from "../sources/collection.ts";
import { addDocumentEntry } from "../store/timeline-entry.ts";
import { sentOnTimelineRef } from "./document-title.ts";
import { issuedDocumentRow } from "./issued-row.ts";

/** What sending needs from the host: the document sources, what is enabled, and whether mail goes anywhere. */
export type SendDeps = Pick<DocumentsDeps, "sources" | "enabledIds"> & { mailer: Pick<Mailer, "delivers"> };

/** What `core.documents.send` answers: the queued mailing. */
export type QueuedSend = { sendId: string; documentId: string; to: string[]; status: "queued" };

/**
 * Queues one issued document for mailing (`core.documents.send`). Needs the source's
 * `permission`, a client the actor may see, and a server that really sends mail (all checked
 * before the write lock is taken). In one transaction: the `core_document_sends` row (queued),
 * an `email` entry on the client's timeline and the outbox event `core.document.sent`, whose id
 * is also the send's id — core's mail subscriber finds its row by it and mails the PDF.
 */
export async function sendDocument(
  deps: SendDeps,
  ctx: ServiceContext,
  raw: z.input<typeof sendDocumentInput>,
): Promise<QueuedSend> {
  const parsed = sendDocumentInput.safeParse(raw);
  if (!parsed.success) throw zodInputError(parsed.error);
  const input = parsed.data;
  const document = await issuedDocumentRow(ctx.org.db, input.documentId);
  const hosted = deps.sources.get(document.type);
  // A plugin's document while the plugin is disabled (or uninstalled): kept, not sent.
  if (!(hosted && sourceEnabled(hosted, await deps.enabledIds(ctx.org.orgId))))
    throw new DomainError("PRECONDITION_FAILED", documentMessages.unknownType, {
      params: { type: document.type },
    });
  const { source } = hosted;
  requirePermission(ctx.actor, source.permission);
  await visibleClient(ctx, document.clientId);
  // Without QUARTET_SMTP_URL mail only reaches the log: refused, rather than marked sent.
  if (deps.mailer.delivers === false) throw new DomainError("PRECONDITION_FAILED", documentMessages.noMailer);
  return ctx.org.write(ctx.actor, async (scope) => {
    const now = ctx.clock.now();
    const sendId = await scope.emit(documentSent, {
      documentId: document.id,
      type: document.type,
      subject: document.subject,
      subjectId: document.subjectId,
      clientId: document.clientId,
      number: document.number,
      version: document.version,
      to: input.to,
      sentBy: ctx.actor.id,
    });
    const row = {
      id: sendId,
      documentId: document.id,
      recipients: input.to,
      subject: input.subject || null,
      message: input.message || null,
      sentBy: ctx.actor.id,
      createdAt: now,
      status: "queued" as const,
    };
    await scope.tx.insert(documentSends).values(row);
    await addDocumentEntry(scope, ctx.actor, now, {
      document,
      kind: "email",
      text: sentOnTimelineRef(source.name, document, input.to),
      data: { event: "document-sent", sendId, to: input.to },
    });
    await scope.audit({
      action: "core.document.send",
      entity: "document",
      entityId: document.id,
      after: { recipients: row.recipients, subject: row.subject, message: row.message },
    });
    return { sendId, documentId: document.id, to: input.to, status: "queued" };
  });
}
