import { documentSent } from "@quartet/core";
import { defineSubscriber, type SubscriberDefinition } from "@quartet/core/plugin";
import { type DocumentMailDeps, mailDocument } from "./mail-document.ts";

/**
 * Core's subscriber of `core.document.sent` (owner id `core`, always enabled): mails the PDF
 * through the server's mailer, outside the request, so a crash between the send's commit and
 * the mail loses nothing — the outbox delivers it after a restart.
 */
export function documentMailSubscriber(deps: DocumentMailDeps): SubscriberDefinition {
  return defineSubscriber({
    name: "documents:mail",
    event: documentSent,
    handle: (ctx, event) => mailDocument(deps, ctx, event),
  });
}
