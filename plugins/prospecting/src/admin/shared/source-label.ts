import { formatPhone } from "@quartet/ui/pure";

/** How a request's source reads: what kind it is and, where it has one, a name a person gave. */
export type SourceLabel = {
  kind: "form" | "campaign" | "telegram" | "phone" | "email" | "manual" | "other";
  name: string | null;
};

/**
 * A request's source as the server records it (`form:<slug>`, `campaign:<name>`, `telegram`,
 * `telegram:<start payload>`, `phone:<the number called>`, `email:<the mailbox>`, `manual`, or a source an integrator named)
 * as a kind and a name (a number as people write it). A form
 * is named by `formNames` (source → form name); its slug is never a name, so an unknown form has none.
 *
 * @example sourceLabel("form:zayavka", new Map([["form:zayavka", "Заявка с сайта"]])) // { kind: "form", name: "Заявка с сайта" }
 */
export function sourceLabel(source: string, formNames: ReadonlyMap<string, string>): SourceLabel {
  const colon = source.indexOf(":");
  const prefix = colon < 0 ? source : source.slice(0, colon);
  const rest = colon < 0 ? "" : source.slice(colon + 1).trim();
  if (prefix === "form") return { kind: "form", name: formNames.get(source) ?? null };
  if (prefix === "campaign") return { kind: "campaign", name: rest || null };
  if (prefix === "telegram") return { kind: "telegram", name: rest || null };
  if (prefix === "phone") return { kind: "phone", name: rest ? unbroken(formatPhone(rest)) : null };
  if (prefix === "email") return { kind: "email", name: rest || null };
  if (source === "manual") return { kind: "manual", name: null };
  return { kind: "other", name: source };
}

/** A phone number that never breaks across lines: no-break spaces and hyphens. */
export function unbroken(text: string): string {
  return text.replace(/ /g, "\u00a0").replace(/-/g, "\u2011");
}
