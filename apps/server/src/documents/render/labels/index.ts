import type { Locale } from "@quartet/core";
import { en } from "./en.ts";
import { ru } from "./ru.ts";

/** Every word a document layout prints, by key; `{name}` marks a parameter. */
export type DocumentLabels = { readonly [K in keyof typeof ru]: string };

const byLocale: Record<Locale, DocumentLabels> = { ru, en };

/** The labels of a document written in `locale` (the document's language, not the viewer's). */
export function documentLabels(locale: Locale): DocumentLabels {
  return byLocale[locale];
}

/** `label` with each `{name}` replaced by `params[name]`. */
export function fill(label: string, params: Record<string, string | number>): string {
  return label.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}
