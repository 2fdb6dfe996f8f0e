import { failureKey, type KnownMessage, messageKey } from "@quartet/ui/pure";
import type { Failure } from "./failure.ts";

/** A refusal as a key of the `errors` dictionary with its parameters. */
export type ErrorText = { key: string; params?: Record<string, string | number> };

type Rule = { kind?: unknown; percent?: unknown };

/** Server messages (English, as every server message) and the dictionary keys that say them. */
const byMessage: readonly KnownMessage[] = [
  [/^The deal is (won|lost) and no longer moves between stages/, "closedNoMove", ["status"]],
  [/^The deal is lost: reopen it/, "reopenFirst", []],
  [/^The deal is (won|lost): .+ is closed$/, "closedDeal", ["status"]],
  [/^The deal is invoiced already: order (.+)$/, "invoicedAlready", ["number"]],
  [/^Invoice (.+) is issued; its lines can no longer change$/, "linesFixed", ["number"]],
  [/^Add line items to the deal before issuing an invoice$/, "linesBeforeInvoice", []],
  [/^A won deal cannot be reopened$/, "wonStaysWon", []],
  [/^The deal is open already$/, "openAlready", []],
  [/^No such (deal|client|pipeline|stage|proposal|version|product|order|task)$/, "notFound", []],
  [/^The hunter must be a member of the organisation$/, "hunterNotMember", []],
  [/^This is the default pipeline/, "defaultPipeline", []],
  [/^The pipeline holds (\d+) deal\(s\)/, "pipelineHoldsDeals", ["count"]],
  [/^Stage "(.+)" still holds (\d+) open deal\(s\)/, "stageHoldsDeals", ["name", "count"]],
  [/^Two stages are called "(.+)"$/, "duplicateStage", ["name"]],
  [/^Name the stage$/, "nameStage", []],
  [/^Name the pipeline$/, "namePipeline", []],
  [/^(A pipeline needs at least one working stage|Add at least one stage)$/, "oneStage", []],
  [/^A proposal needs at least one line$/, "proposalLines", []],
  [/^A proposal cannot expire before it is issued$/, "proposalValidity", []],
  [/^A (\w+) proposal cannot be marked (\w+)$/, "proposalStatus", ["from", "to"]],
  [/^The client accepted this proposal/, "proposalAccepted", []],
  [/^Explain in a few words why the deal was lost$/, "lostNote", []],
  [/^The reason ".+" needs a note$/, "lostNote", []],
  [/^(A lost deal needs a reason|Choose why the deal was lost|Unknown (lost )?reason)/, "lostReason", []],
  [/^Name it in (Russian|English)$/, "reasonName", []],
  [/^Reason keys must be unique$/, "reasonKeys", []],
  [/^Keep at least one reason$/, "reasonOne", []],
  [/^The amount cannot be zero$/, "zeroAmount", []],
  [/^Quantity must be a positive number$/, "quantity", []],
];

function wonRefusal(rule: Rule, paidShare: unknown): ErrorText | null {
  const paid = typeof paidShare === "number" ? Math.floor(paidShare * 1000) / 10 : 0;
  if (rule.kind === "full-payment") return { key: "wonFullPayment", params: { paid } };
  if (rule.kind === "contract-signed") return { key: "wonContract" };
  if (rule.kind === "prepayment" && typeof rule.percent === "number")
    return { key: "wonPrepayment", params: { percent: rule.percent, paid } };
  return null;
}

/**
 * Which message of the plugin's `errors` dictionary says what the server refused: a won refusal
 * by its rule (from `details`), a known message or field message, else a text per code.
 *
 * @example errorTextOf({ code: "BAD_REQUEST", fields: { reason: "Choose why…" }, … }) // { key: "lostReason" }
 */
export function errorTextOf(failure: Failure): ErrorText {
  if (failure.code === null) return { key: "offline" };
  const rule = failure.details.rule;
  if (failure.domainCode === "PRECONDITION_FAILED" && typeof rule === "object" && rule !== null) {
    const won = wonRefusal(rule as Rule, failure.details.paidShare);
    if (won) return won;
  }
  if (failure.fields.reason) return { key: "lostReason" };
  if (failure.fields.note && !failure.fields.reason) {
    const note = messageKey(byMessage, failure.fields.note);
    if (note) return note;
  }
  return failureKey(failure, byMessage);
}
