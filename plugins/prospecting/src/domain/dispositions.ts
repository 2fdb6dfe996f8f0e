/**
 * How a call ended. `interested` is the only one that produces a request (and, once
 * qualified, a lead); `do-not-call` puts the phone on the stop list for good.
 */
export const dispositions = [
  "no-answer",
  "busy",
  "wrong-number",
  "not-interested",
  "callback",
  "interested",
  "do-not-call",
] as const;

/** One of `dispositions`. */
export type Disposition = (typeof dispositions)[number];

const notReached: ReadonlySet<Disposition> = new Set(["no-answer", "busy", "wrong-number"]);
const talked: ReadonlySet<Disposition> = new Set(["not-interested", "callback", "interested"]);

/** True when somebody on the client's side picked up: every disposition but no-answer, busy, wrong-number. */
export function isConnect(disposition: Disposition): boolean {
  return !notReached.has(disposition);
}

/** True when a real conversation happened: not-interested, callback or interested. */
export function isConversation(disposition: Disposition): boolean {
  return talked.has(disposition);
}

/** True for a value that names a disposition. */
export function isDisposition(value: unknown): value is Disposition {
  return typeof value === "string" && (dispositions as readonly string[]).includes(value);
}
