import {
  type documentSent,
  type LocalizedText,
  type OrgTransaction,
  type ServiceContext,
  type WriteScope,
  wordMessage,
} from "@quartet/core";
import type { DeliveredEvent } from "@quartet/core/plugin";
import { documentSends, orgRequisites } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { Mailer } from "../../auth/mailer.ts";
import type { People } from "../../people/index.ts";
import { orgOwner } from "../../requisites/context.ts";
import { loadIssuedDocument } from "../store/load-document.ts";
import { documentMail } from "./document-mail.ts";
import { documentMailMessages } from "./mail-messages.ts";

/** What mailing a queued document needs from the host. */
export type DocumentMailDeps = {
  mailer: Mailer;
  people: Pick<People, "organisation" | "listMembers">;
  /** The name of a document type in both languages, when its source is still installed. */
  typeName(orgId: string, type: string): Promise<LocalizedText | undefined>;
};

type Sent = z.output<typeof documentSent.schema>;

/**
 * Mails the PDF of one queued send (found by the event's id, which is the send's id) and marks
 * the send `sent`, or `failed` with the mailer's error: the member sees it in the document's list
 * and sends again. A temporary failure (no answer, a 4xx) is thrown for the outbox to try again
 * a few seconds later, up to `tries` attempts. A send already marked (a redelivered event) is
 * left alone, so each event mails once; a crash after the mail and before the commit mails again
 * (at-least-once).
 */
export async function mailDocument(
  deps: DocumentMailDeps,
  ctx: ServiceContext & { scope: WriteScope },
  event: DeliveredEvent<Sent>,
): Promise<void> {
  const tx = ctx.scope.tx;
  const [send] = await tx.select().from(documentSends).where(eq(documentSends.id, event.id));
  if (send?.status !== "queued") return;
  const found = await loadIssuedDocument(tx, send.documentId);
  if (!found) return;
  const { row, pdf } = found;
  const orgId = ctx.org.orgId;
  const sender = (await deps.people.listMembers(orgId)).find((m) => m.userId === send.sentBy);
  const mail = documentMail({
    locale: row.locale,
    to: send.recipients,
    typeName:
      (await deps.typeName(orgId, row.type))?.[row.locale] ??
      wordMessage(row.locale, documentMailMessages.document),
    number: row.number,
    date: row.date,
    seller: await sellerName(deps, tx, orgId),
    sender: sender ? { name: sender.name, email: sender.email } : null,
    subject: send.subject,
    message: send.message,
    attachment: { filename: row.fileName, content: pdf },
  });
  const outcome = await deps.mailer.send(mail).then(
    () => ({ status: "sent" as const, sentAt: ctx.clock.now(), error: null }),
    (error: unknown) => {
      if (isTemporary(error) && event.attempt < tries) throw error;
      ctx.logger.warn({ err: error, documentId: row.id, sendId: send.id }, "mailing a document failed");
      return {
        status: "failed" as const,
        sentAt: null,
        error: String((error as Error)?.message ?? error).slice(0, 500),
      };
    },
  );
  await tx.update(documentSends).set(outcome).where(eq(documentSends.id, send.id));
}

/** How many times a temporary failure is tried before the send is marked failed (the outbox's backoff: 1 s, 2 s). */
export const tries = 3;

/** A failure worth another try: the server did not answer (`ECONNREFUSED`, a timeout) or answered 4xx. */
export function isTemporary(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code !== "number" || (code >= 400 && code < 500);
}

/** The seller as the buyer knows it: the short legal name, else the full one, else the organisation's name. */
async function sellerName(deps: DocumentMailDeps, tx: OrgTransaction, orgId: string): Promise<string> {
  const [requisites] = await tx
    .select({ shortName: orgRequisites.shortName, fullName: orgRequisites.fullName })
    .from(orgRequisites)
    .where(eq(orgRequisites.id, orgOwner));
  return requisites?.shortName || requisites?.fullName || (await deps.people.organisation(orgId)).name;
}
