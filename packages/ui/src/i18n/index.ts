export { I18nProvider, useI18n } from "./context.tsx";
export * from "./pure.ts";
