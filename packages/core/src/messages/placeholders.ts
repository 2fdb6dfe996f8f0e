import type { MessageText } from "./define.ts";

const placeholder = /\{(\w+)\}/g;

/** The parameter names a text uses, over all its plural forms. */
export function placeholdersOf(text: MessageText): Set<string> {
  const forms = typeof text === "string" ? [text] : Object.values(text);
  const names = new Set<string>();
  for (const form of forms) for (const match of form.matchAll(placeholder)) names.add(match[1] as string);
  return names;
}

/** Puts each parameter's text in place of its `{name}`; an unknown name stays as written. */
export function fillPlaceholders(text: string, values: (name: string) => string | undefined): string {
  return text.replace(placeholder, (whole, name: string) => values(name) ?? whole);
}
