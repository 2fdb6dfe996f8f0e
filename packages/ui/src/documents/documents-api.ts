import type { Locale } from "../i18n/types.ts";
import type { MutationCall, QueryCall } from "../plugin-api/call-types.ts";

/**
 * A document type the viewer may issue from a kind of subject, as `core.documents.types` answers
 * it (mirrors core's `DocumentTypeView`; the design system does not import core).
 */
export type DocumentTypeItem = { type: string; name: string; subject: string };

/** One issued document version, as `core.documents.list` and `issue` answer it (core's `IssuedDocumentView`). */
export type IssuedDocumentItem = {
  id: string;
  type: string;
  /** The type's name in the viewer's language («Счёт на оплату»). */
  typeName: string;
  /** As printed: «12». */
  number: string;
  version: number;
  /** Whether a newer version of the same subject exists. */
  superseded: boolean;
  /** The business date printed on it, `YYYY-MM-DD`. */
  date: string;
  locale: Locale;
  total: { amountMinor: number; currency: string };
  fileName: string;
  /** Where the browser shows the PDF; `&download=1` saves it. */
  url: string;
  createdAt: number;
  /** Each time it was mailed (or handed to the mailer): to whom and when. */
  sent: { to: string[]; at: number }[];
  /** Each mailing the mail server refused: to whom and when it was tried. */
  failed?: { to: string[]; at: number }[];
};

/** What `core.documents.send` takes: the document, the addresses, and the template's subject and text unless given. */
export type SendDocumentRequest = { documentId: string; to: string[]; subject?: string; message?: string };

/**
 * The documents procedures the card calls: core's `trpc.core.documents` satisfies it, and a
 * plugin passes the same object from its own view of core's router.
 *
 * @example <DocumentsCard api={trpc.core.documents} subject="order" subjectId={order.id} recipients={emails} />
 */
export type DocumentsApi = {
  types: QueryCall<{ subject: string }, DocumentTypeItem[]>;
  list: QueryCall<{ subjectId: string }, IssuedDocumentItem[]>;
  issue: MutationCall<{ type: string; subjectId: string; locale?: Locale }, IssuedDocumentItem>;
  send: MutationCall<SendDocumentRequest, unknown>;
};
