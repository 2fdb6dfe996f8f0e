import type { StoredDiagnostic } from "./read-diagnostics.ts";

/** The requester's consultation request sent with a report. */
export type ConsultationRequest = {
  diagnosticId: string;
  name: string;
  /** E.164. */
  phone: string;
  comment: string;
  /** The language the consultant's mail is written in: the requester's. */
  locale: "ru" | "en";
};

/** What the consultant's URL receives as JSON, and what the mail is written from. */
export type ConsultationPayload = {
  kind: "quartet.diagnostic.consultation";
  version: 1;
  organisation: { name: string };
  requester: { name: string; phone: string; email: string | null; comment: string; locale: "ru" | "en" };
  diagnostic: Pick<StoredDiagnostic, "id" | "createdAt" | "answers" | "report">;
  sentAt: number;
};

/** Builds the payload sent to the consultant. */
export function consultationPayload(input: {
  orgName: string;
  request: ConsultationRequest;
  requesterEmail: string | null;
  diagnostic: StoredDiagnostic;
  now: number;
}): ConsultationPayload {
  const { request, diagnostic } = input;
  return {
    kind: "quartet.diagnostic.consultation",
    version: 1,
    organisation: { name: input.orgName },
    requester: {
      name: request.name,
      phone: request.phone,
      email: input.requesterEmail,
      comment: request.comment,
      locale: request.locale,
    },
    diagnostic: {
      id: diagnostic.id,
      createdAt: diagnostic.createdAt,
      answers: diagnostic.answers,
      report: diagnostic.report,
    },
    sentAt: input.now,
  };
}
