import { z } from "zod";
import { defineEvent } from "../plugin/define-event.ts";

const issued = {
  documentId: z.string(),
  type: z.string(),
  subject: z.string(),
  subjectId: z.string(),
  clientId: z.string(),
  number: z.string(),
  version: z.number().int().positive(),
};

/** A document version was issued (a PDF stored with its number); its source's plugin may follow it. */
export const documentIssued = defineEvent({
  name: "core.document.issued",
  version: 1,
  schema: z.object(issued),
});

/**
 * A document was handed to the mailer for `to` (delivered through the outbox, so a crash loses
 * nothing). First sale marks a proposal sent on it.
 */
export const documentSent = defineEvent({
  name: "core.document.sent",
  version: 1,
  schema: z.object({ ...issued, to: z.array(z.string()), sentBy: z.string() }),
});
