import { failureKey, type KnownMessage, type ServerFailure } from "@quartet/ui/pure";

/** The server's messages (English, as every server message) that farming's `errors` dictionary words. */
const known: readonly KnownMessage[] = [
  [/^The deal is won and no longer changes/, "dealWon", []],
  [/^The deal is lost: reopen it first/, "dealLost", []],
  [/^The deal is open already/, "dealOpen", []],
  [/^The deal is invoiced already: order (.+)$/, "invoicedAlready", ["number"]],
  [/^The reason "other" needs a note/, "lostNote", []],
  [/^Farming does not serve this client yet/, "notServed", []],
  [/^This offer was accepted into a deal/, "offerTaken", []],
  [/^This category is not among the client's offers/, "offerGone", []],
  [/^The farmer must be a member of the organisation/, "farmerNotMember", []],
  [/^Name the deal$/, "nameDeal", []],
];

/**
 * Which message of the `errors` dictionary says what the server refused.
 *
 * @example errorKeyOf({ code: "CONFLICT", message: "The deal is lost: reopen it first", … }) // { key: "dealLost" }
 */
export function errorKeyOf(failure: ServerFailure): { key: string; params?: Record<string, string> } {
  return failureKey(failure, known);
}
