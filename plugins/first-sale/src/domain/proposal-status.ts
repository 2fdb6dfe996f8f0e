import { DomainError, msg } from "@quartet/core";
import { m } from "../contracts/messages.ts";

/** Where a proposal stands: being written, with the client, or answered. */
export type ProposalStatus = "draft" | "sent" | "accepted" | "declined";

/** The catalog key of each status's word. */
const proposalWords: Record<ProposalStatus, string> = {
  draft: m.proposalDraft,
  sent: m.proposalSent,
  accepted: m.proposalAccepted,
  declined: m.proposalDeclined,
};

const allowed: Record<ProposalStatus, readonly ProposalStatus[]> = {
  draft: ["sent", "accepted", "declined"],
  sent: ["accepted", "declined"],
  accepted: [],
  declined: [],
};

/**
 * Throws `CONFLICT` unless a proposal may go from `from` to `to`: a draft is sent, a draft or a
 * sent one is accepted or declined (a client may answer one handed over in person); an answer is final.
 */
export function assertProposalStatus(from: ProposalStatus, to: ProposalStatus): void {
  if (!allowed[from].includes(to)) {
    throw new DomainError("CONFLICT", m.proposalStatus, {
      params: { from: msg(proposalWords[from]), to: msg(proposalWords[to]) },
      details: { from, to },
    });
  }
}

/**
 * Throws `CONFLICT` for an accepted proposal: what the client accepted is not rewritten. Any
 * other proposal may be revised; the revision is a new draft version.
 */
export function assertRevisable(status: ProposalStatus): void {
  if (status === "accepted") {
    throw new DomainError("CONFLICT", m.acceptedProposal);
  }
}
