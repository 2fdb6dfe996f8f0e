export { draftErrorText } from "./draft-error-text.ts";
export * from "./pure.ts";
export { SchemaForm, type SchemaFormProps } from "./schema-form.tsx";
