/**
 * The parts of the design system that need no DOM and no components: i18n, the sales
 * functions, the settings-form model, tags and initials. Import them from `@quartet/ui/pure`
 * in pure modules, so their unit tests run in Node without compiling any JSX.
 */
export { initialsOf } from "./components/initials.ts";
export { addTags, removeTag } from "./components/tags.ts";
export { documentsWords } from "./documents/documents-words.ts";
export { type FieldBound, fieldBound, refusalText } from "./errors/refusal-text.ts";
export { failureOf, type MessageRef, type ServerFailure } from "./errors/server-failure.ts";
export {
  type ContactLink,
  emailLink,
  formatPhone,
  phoneLink,
  telegramLink,
  websiteLink,
} from "./format/contact-links.ts";
export { domainToUnicode } from "./format/punycode.ts";
export * from "./i18n/pure.ts";
export { isSalesFunction, type SalesFunction, salesFunctions } from "./sales-functions.ts";
export * from "./schema-form/pure.ts";
