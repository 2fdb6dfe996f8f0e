import { type MessageRef, msg } from "@quartet/core";
import { m } from "../contracts/messages.ts";
import type { Disposition } from "./dispositions.ts";

const dispositionWords: Record<Disposition, string> = {
  "no-answer": m.noAnswer,
  busy: m.busy,
  "wrong-number": m.wrongNumber,
  "not-interested": m.notInterested,
  callback: m.callback,
  interested: m.interested,
  "do-not-call": m.doNotCall,
};

/**
 * The texts prospecting puts on a client's timeline, as message references: the timeline keeps the
 * reference and words it in each reader's language (its body in the organisation's).
 */
export const timelineTexts = {
  /** A finished call: `Звонок (Весна): интересно. Просит КП`. */
  call: (campaign: string, disposition: Disposition, note: string | null): MessageRef => {
    const params = { campaign, disposition: msg(dispositionWords[disposition]) };
    return note ? msg(m.callNoted, { ...params, note }) : msg(m.call, params);
  },
  /** A request merged into an existing client: what they wrote. */
  message: (source: MessageRef, message: string | null): MessageRef =>
    message ? msg(m.requestMessage, { source, message }) : msg(m.requestNoText, { source }),
  /** A request qualified as a lead. */
  qualified: (source: MessageRef, note: string | null): MessageRef =>
    note ? msg(m.qualifiedNoted, { source, note }) : msg(m.qualified, { source }),
};
