import type { PartyRequisites } from "@quartet/core";
import { drawParty } from "./parties.ts";
import type { PdfTools } from "./pdf-tools.ts";

/** The title in large bold over a thick rule, then each party under its caption (Поставщик, Покупатель). */
export function drawHeading(
  tools: PdfTools,
  title: string,
  parties: readonly (readonly [caption: string, party: PartyRequisites])[],
): void {
  tools.write(title, { size: 13, bold: true, gapAfter: 2 });
  tools.rule(1.5);
  tools.y += 4;
  for (const [caption, party] of parties) drawParty(tools, caption, party);
}
