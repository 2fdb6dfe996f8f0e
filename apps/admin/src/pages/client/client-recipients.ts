/** What a client's page knows of its addresses: the client's own and its contacts'. */
type Addressed = {
  client: { emails: readonly string[] };
  contacts: readonly { emails: readonly string[] }[];
};

/**
 * The addresses a document of this client may be mailed to: the client's own first, then its
 * contacts', each once whatever its case.
 *
 * @example clientRecipients({ client: { emails: ["info@polus.ru"] }, contacts: [{ emails: ["Info@polus.ru", "buh@polus.ru"] }] }) // ["info@polus.ru", "buh@polus.ru"]
 */
export function clientRecipients(page: Addressed): string[] {
  const seen = new Map<string, string>();
  for (const email of [page.client.emails, ...page.contacts.map((contact) => contact.emails)].flat()) {
    if (!seen.has(email.toLowerCase())) seen.set(email.toLowerCase(), email);
  }
  return [...seen.values()];
}
