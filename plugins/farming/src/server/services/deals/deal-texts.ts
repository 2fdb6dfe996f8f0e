import { formatMoney, type Locale, type MessageRef, type Money, msg } from "@quartet/core";
import { m } from "../../../contracts/messages.ts";
import type { LostReason } from "../../../domain/lost-reasons.ts";

const reasonWords: Record<LostReason, string> = {
  price: m.reasonPrice,
  competitor: m.reasonCompetitor,
  "no-budget": m.reasonNoBudget,
  "no-need": m.reasonNoNeed,
  timing: m.reasonTiming,
  other: m.reasonOther,
};

/**
 * Timeline texts of expansion deals as message references, worded for each reader; a stage's name
 * and an amount come as the organisation writes them.
 */
export const dealTexts = {
  opened: (title: string, stage: string): MessageRef => msg(m.dealOpened, { title, stage }),
  moved: (title: string, stage: string): MessageRef => msg(m.dealMoved, { title, stage }),
  won: (l: Locale, title: string, amount: Money, orderNumber: string): MessageRef =>
    msg(m.dealWonFor, { title, amount: formatMoney(amount, l), order: orderNumber }),
  lost: (title: string, reason: LostReason, note: string | null): MessageRef => {
    const params = { title, reason: msg(reasonWords[reason]) };
    return note ? msg(m.dealLostNoted, { ...params, note }) : msg(m.dealLostFor, params);
  },
  reopened: (title: string, stage: string): MessageRef => msg(m.dealReopened, { title, stage }),
};
