export { type Draft, type DraftError, draftOf, getAt, setAt, settingsOf } from "./draft.ts";
export { draftErrorText } from "./draft-error-text.ts";
export { type FieldSpec, fieldsOf, humanize, type SchemaText } from "./fields.ts";
export { SchemaForm, type SchemaFormProps } from "./schema-form.tsx";
