import { z } from "zod";
import { emailsField } from "../clients/input-fields.ts";
import { locales } from "../i18n.ts";
import { documentMessages as m } from "./messages.ts";

/**
 * `core.documents.issue`: make a document of `type` from its subject (an order's id, a deal's id)
 * as a PDF, in `locale` (the organisation's language when absent). The first one of a subject
 * takes the next number of its type and year; issuing again makes a new version with the same
 * number and keeps the old ones.
 */
export const issueDocumentInput = z.object({
  type: z.string().min(1, m.chooseType),
  subjectId: z.string().min(1, m.chooseSubject),
  locale: z.enum(locales).optional(),
});

/** `core.documents.list`: the documents issued from one subject (every version, newest first), or for one client. */
export const listDocumentsInput = z.union([
  z.object({ subjectId: z.string().min(1, m.chooseSubject), clientId: z.undefined().optional() }),
  z.object({ clientId: z.string().min(1, m.chooseSubject), subjectId: z.undefined().optional() }),
]);

/** `core.documents.types`: the document types the viewer may issue from a kind of subject (`order`, `first-sale.deal`). */
export const documentTypesInput = z.object({ subject: z.string().min(1, m.chooseSubject) });

/**
 * `core.documents.send`: mail one issued document (the PDF attached) to `to`, with the subject
 * line and text of the organisation's template unless given; recorded on the client's timeline.
 */
export const sendDocumentInput = z.object({
  documentId: z.string().min(1, m.chooseDocument),
  to: emailsField.refine((list) => list.length > 0, m.recipientsRequired),
  subject: z.string().trim().max(300).optional(),
  message: z.string().trim().max(5000).optional(),
});

/** A document type as `core.documents.types` answers it, named in the viewer's language. */
export type DocumentTypeView = { type: string; name: string; subject: string };

/**
 * An issued document version as `core.documents.list` and `issue` answer it. `url` is where the
 * browser shows the PDF (`/api/v1/documents/<id>.pdf?org=…`, add `&download=1` to save it).
 */
export type IssuedDocumentView = {
  id: string;
  type: string;
  /** The type's name in the viewer's language («Счёт на оплату»). */
  typeName: string;
  /** As printed: «12» for the 12th invoice of the year. */
  number: string;
  version: number;
  /** Whether a newer version of the same subject exists. */
  superseded: boolean;
  /** The business date printed on it, `YYYY-MM-DD`. */
  date: string;
  locale: (typeof locales)[number];
  subject: string;
  subjectId: string;
  client: { id: string; name: string };
  total: { amountMinor: number; currency: string };
  fileName: string;
  url: string;
  createdAt: number;
  createdBy: { id: string; name: string };
  /** Each time it was mailed (or handed to the mailer): to whom and when. */
  sent: { to: string[]; at: number }[];
  /** Each mailing the mail server refused: to whom and when it was tried (send again). */
  failed: { to: string[]; at: number }[];
};
