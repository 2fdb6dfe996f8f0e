import type { PartyRequisites } from "@quartet/core";
import type { PdfTools } from "./pdf-tools.ts";

const captionWidth = 80;

/** A party in one line, as an invoice names it: `ООО «Ромашка», ИНН 7700000000, КПП 770001001, адрес, тел. …`. */
export function partyLine(tools: PdfTools, party: PartyRequisites): string {
  const { labels: l } = tools;
  const parts = [party.name];
  if (party.inn) parts.push(`${l.inn} ${party.inn}`);
  if (party.kpp) parts.push(`${l.kpp} ${party.kpp}`);
  if (party.address) parts.push(party.address);
  if (party.phone) parts.push(`${l.phone} ${party.phone}`);
  return parts.join(", ");
}

/** A caption on the left («Поставщик (Исполнитель):») and the party in bold beside it. */
export function drawParty(tools: PdfTools, caption: string, party: PartyRequisites): void {
  const text = partyLine(tools, party);
  const textWidth = tools.width - captionWidth;
  const height = Math.max(
    tools.heightOf(caption, { width: captionWidth }),
    tools.heightOf(text, { width: textWidth, bold: true }),
  );
  tools.ensureRoom(height);
  tools.textAt(caption, tools.y, { width: captionWidth });
  tools.textAt(text, tools.y, { x: tools.left + captionWidth, width: textWidth, bold: true });
  tools.y += height + 8;
}
