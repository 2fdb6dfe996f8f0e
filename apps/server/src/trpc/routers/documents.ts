import {
  corePermissions,
  documentTypesInput,
  issueDocumentInput,
  listDocumentsInput,
  sendDocumentInput,
} from "@quartet/core";
import { protectedProcedure, router } from "@quartet/core/trpc";
import { documentsDepsOf } from "../../documents/deps.ts";
import { sendDepsOf, sendDocument } from "../../documents/send/index.ts";
import { documentTypes } from "../../documents/services/document-types.ts";
import { issueDocument } from "../../documents/services/issue-document.ts";
import { listDocuments } from "../../documents/services/list-documents.ts";

// Every document is a client's: the gate is seeing clients, then each source's own permission.
const documents = protectedProcedure(corePermissions.clientsRead.id);

/**
 * `core.documents`: issued PDFs (invoices, proposals, plugins' kinds) with their numbers and
 * versions. The PDF itself: `GET /api/v1/documents/<id>.pdf?org=<orgId>[&download=1]`.
 */
export const documentsRouter = router({
  types: documents
    .input(documentTypesInput)
    .query(({ ctx, input }) =>
      documentTypes(documentsDepsOf(ctx.host.host), ctx.service, input.subject, ctx.locale ?? "en"),
    ),
  issue: documents
    .input(issueDocumentInput)
    .mutation(({ ctx, input }) =>
      issueDocument(documentsDepsOf(ctx.host.host), ctx.service, input, ctx.locale ?? "en"),
    ),
  list: documents
    .input(listDocumentsInput)
    .query(({ ctx, input }) =>
      listDocuments(documentsDepsOf(ctx.host.host), ctx.service, input, ctx.locale ?? "en"),
    ),
  send: documents
    .input(sendDocumentInput)
    .mutation(({ ctx, input }) => sendDocument(sendDepsOf(ctx.host.host), ctx.service, input)),
});
