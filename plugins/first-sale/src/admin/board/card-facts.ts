/**
 * The company line of a card: the client's name unless the title already says it (a deal is
 * named after its client when created without a title), so the card does not repeat itself.
 *
 * @example companyLine("ООО Ромашка", "ООО Ромашка") // null
 */
export function companyLine(title: string, clientName: string): string | null {
  if (!clientName || title.trim().toLowerCase() === clientName.trim().toLowerCase()) return null;
  return clientName;
}
