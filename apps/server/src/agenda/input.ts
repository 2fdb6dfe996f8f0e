import { daysBetween } from "@quartet/core";
import { z } from "zod";
import { businessDate } from "../records/orders/order-input.ts";
import { agendaMessages } from "./messages.ts";

/** The longest range one agenda read covers: six weeks, a month view with its edges (`rangeTooLong` says 42). */
export const maxAgendaDays = 42;

/**
 * What `core.tasks.agenda` takes: the first and last business dates of the range (inclusive, in
 * the organisation's zone), at most `maxAgendaDays` days; without them, today to the end of this
 * ISO week (tomorrow at least).
 */
export const agendaInput = z
  .object({ from: businessDate.optional(), to: businessDate.optional() })
  .superRefine((range, issues) => {
    if (!range.from || !range.to) return;
    const days = daysBetween(range.from, range.to) + 1;
    if (days < 1) issues.addIssue({ code: "custom", path: ["to"], message: agendaMessages.rangeOrder });
    else if (days > maxAgendaDays)
      issues.addIssue({ code: "custom", path: ["to"], message: agendaMessages.rangeTooLong });
  });

/** The parsed input of an agenda read. */
export type AgendaInput = z.output<typeof agendaInput>;
