import { DomainError, startOfLocalDay } from "@quartet/core";
import { z } from "zod";
import { m } from "../../../contracts/messages.ts";

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, m.dateFormat);

/** A range of business dates, both ends included, at most 92 days. */
export const dateRange = z.object({ from: date, to: date });

/** The instants [start, end) a range of business dates covers in `zone`. */
export function rangeInstants(
  range: { from: string; to: string },
  zone: string,
): { start: number; end: number } {
  const from = Date.parse(`${range.from}T12:00:00Z`);
  const to = Date.parse(`${range.to}T12:00:00Z`);
  if (!(Number.isFinite(from) && Number.isFinite(to)) || from > to || to - from > 92 * 86_400_000) {
    throw new DomainError("BAD_INPUT", m.rangeUpTo92, { fields: { to: m.outOfRange } });
  }
  return { start: startOfLocalDay(from, zone), end: startOfLocalDay(to + 86_400_000, zone) };
}
