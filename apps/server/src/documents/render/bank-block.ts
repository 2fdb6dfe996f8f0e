import type { PartyRequisites } from "@quartet/core";
import type { PdfTools } from "./pdf-tools.ts";

const labelWidth = 46;
const accountWidth = 150;
const pad = 3;

/**
 * The bank block on top of a счёт на оплату, as 1C prints it: the payee's bank over «Банк
 * получателя» beside БИК and the bank's Сч. №; then ИНН | КПП, the payee over «Получатель»
 * beside the payee's Сч. №. Without a bank (a seller with no account yet) nothing is drawn.
 */
export function drawBankBlock(tools: PdfTools, seller: PartyRequisites): void {
  const { bank } = seller;
  if (!bank) return;
  const { doc, labels: l } = tools;
  const left = tools.left;
  const nameWidth = tools.width - labelWidth - accountWidth;
  const labelX = left + nameWidth;
  const accountX = labelX + labelWidth;
  const small = { size: 7 } as const;
  const top = tools.y;
  const bankHeight = Math.max(tools.heightOf(bank.bankName, { width: nameWidth - 2 * pad }) + 22, 40);
  const innHeight = 16;
  const payeeHeight = Math.max(tools.heightOf(seller.name, { width: nameWidth - 2 * pad }) + 22, 40);
  const stroke = (x: number, y: number, w: number, h: number) =>
    doc.save().lineWidth(0.5).rect(x, y, w, h).stroke().restore();

  stroke(left, top, nameWidth, bankHeight);
  tools.textAt(bank.bankName, top + pad, { x: left + pad, width: nameWidth - 2 * pad });
  tools.textAt(l.bankOfPayee, top + bankHeight - 11, { x: left + pad, ...small });
  stroke(labelX, top, labelWidth, 16);
  tools.textAt(l.bik, top + pad, { x: labelX + pad });
  stroke(labelX, top + 16, labelWidth, bankHeight - 16);
  tools.textAt(l.account, top + 16 + pad, { x: labelX + pad });
  stroke(accountX, top, accountWidth, 16);
  tools.textAt(bank.bik, top + pad, { x: accountX + pad });
  stroke(accountX, top + 16, accountWidth, bankHeight - 16);
  tools.textAt(bank.correspondentAccount, top + 16 + pad, { x: accountX + pad });

  const second = top + bankHeight;
  const half = nameWidth / 2;
  stroke(left, second, half, innHeight);
  tools.textAt(seller.inn ? `${l.inn} ${seller.inn}` : l.inn, second + pad, { x: left + pad });
  stroke(left + half, second, half, innHeight);
  tools.textAt(seller.kpp ? `${l.kpp} ${seller.kpp}` : l.kpp, second + pad, { x: left + half + pad });
  stroke(left, second + innHeight, nameWidth, payeeHeight);
  tools.textAt(seller.name, second + innHeight + pad, { x: left + pad, width: nameWidth - 2 * pad });
  tools.textAt(l.payee, second + innHeight + payeeHeight - 11, { x: left + pad, ...small });
  stroke(labelX, second, labelWidth, innHeight + payeeHeight);
  tools.textAt(l.account, second + pad, { x: labelX + pad });
  stroke(accountX, second, accountWidth, innHeight + payeeHeight);
  tools.textAt(bank.settlementAccount, second + pad, { x: accountX + pad });
  tools.y = second + innHeight + payeeHeight + 14;
}
