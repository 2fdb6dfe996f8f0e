import type { CoreClientPage } from "../core-api.ts";

/**
 * Whom a deal's documents are mailed to, as the send dialog suggests them: the deal's contact
 * first, then the client's own addresses, then its other contacts' — each address once.
 *
 * @example recipientsOf(page, "con_1") // ["anna@client.ru", "info@client.ru", "buh@client.ru"]
 */
export function recipientsOf(page: CoreClientPage | undefined, contactId: string | null): string[] {
  if (!page || page.merged) return [];
  const emailsOf = (pick: (id: string) => boolean) =>
    page.contacts.filter((c) => pick(c.id)).flatMap((c) => c.emails);
  const ordered = [
    ...emailsOf((id) => id === contactId),
    ...page.client.emails,
    ...emailsOf((id) => id !== contactId),
  ];
  return [...new Set(ordered.map((email) => email.trim()).filter(Boolean))];
}
