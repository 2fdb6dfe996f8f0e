export { settingsOf } from "./collect.ts";
export { type Draft, draftOf, getAt, moneyText, setAt } from "./draft.ts";
export type { DraftError } from "./draft-error.ts";
export { fieldsAt, invalidTextAt, pathsOf } from "./field-paths.ts";
export { type FieldSpec, humanize, type SchemaText } from "./fields.ts";
export { everyField, settingsFormGaps } from "./label-gaps.ts";
export { fieldsOf } from "./schema-walk.ts";
export { type FieldSection, sectionsOf } from "./sections.ts";
