export {
  type DocumentTypeView,
  documentTypesInput,
  type IssuedDocumentView,
  issueDocumentInput,
  listDocumentsInput,
  sendDocumentInput,
} from "./api.ts";
export { documentIssued, documentSent } from "./events.ts";
export { type DocumentLineInput, type DocumentLinesInput, documentLines } from "./lines.ts";
export { documentMessages } from "./messages.ts";
export type {
  BankDetails,
  BusinessDocument,
  DocumentImages,
  DocumentLine,
  DocumentTotals,
  InvoiceDocument,
  LineVat,
  PartyRequisites,
  ProposalDocument,
  Signatory,
} from "./model.ts";
export { partyFromRequisites, signatoriesFromRequisites } from "./party.ts";
export {
  createDocumentRegistry,
  type DocumentDefinition,
  type DocumentRegistry,
  defineDocument,
} from "./registry.ts";
export {
  type DocumentDraft,
  type DocumentSource,
  type DocumentSourceLine,
  type IssuedModel,
  validateDocumentSources,
} from "./source.ts";
export type { DocumentTextOptions, DocumentTools } from "./tools.ts";
