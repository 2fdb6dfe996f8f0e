import type { CoreClient, CoreInputs, CoreOutputs } from "../plugin-api/router-client.ts";

/** A document type the viewer may issue from a kind of subject, as `core.documents.types` answers it. */
export type DocumentTypeItem = CoreOutputs["documents"]["types"][number];

/**
 * One issued document version, as `core.documents.list` and `issue` answer it: its number as
 * printed, version, whether a newer one supersedes it, the business date, total, where the
 * browser shows the PDF, and each time it was mailed or the mail server refused it.
 */
export type IssuedDocumentItem = CoreOutputs["documents"]["list"][number];

/** What `core.documents.send` takes: the document, the addresses, and the template's subject and text unless given. */
export type SendDocumentRequest = CoreInputs["documents"]["send"];

/**
 * The documents procedures the card calls: core's `useCoreApi().documents` (or the admin app's
 * `trpc.core.documents`).
 *
 * @example <DocumentsCard api={useCoreApi().documents} subject="order" subjectId={order.id} recipients={emails} />
 */
export type DocumentsApi = Pick<CoreClient["documents"], "types" | "list" | "issue" | "send">;
