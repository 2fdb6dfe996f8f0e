import { type Actor, DomainError, hostMessages } from "@quartet/core";
import { diagnostics } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import { type ConsultationRequest, consultationPayload } from "./consultation.ts";
import { consultationMail } from "./consultation-mail.ts";
import type { DiagnosticDeps } from "./deps.ts";
import { postJson } from "./post-json.ts";
import { getDiagnostic } from "./read-diagnostics.ts";

/** True when the server administrator configured where reports go (a mail address and/or a URL). */
export function consultantConfigured(deps: Pick<DiagnosticDeps, "consultant">): boolean {
  return deps.consultant.email !== null || deps.consultant.url !== null;
}

/**
 * Sends a stored report with a consultation request to the consultant: a JSON POST to the URL
 * and/or a mail to the address the administrator configured. Only when every target took it is
 * the report marked sent (audited). Refused with PRECONDITION_FAILED
 * (`details.reason: "consultant-not-configured"`) when neither is configured.
 */
export async function sendDiagnostic(
  deps: DiagnosticDeps,
  actor: Actor,
  orgId: string,
  request: ConsultationRequest,
) {
  if (!consultantConfigured(deps))
    throw new DomainError("PRECONDITION_FAILED", hostMessages.consultantNotConfigured, {
      details: { reason: "consultant-not-configured" },
    });
  const diagnostic = await getDiagnostic(deps, orgId, request.diagnosticId);
  const now = deps.clock.now();
  const payload = consultationPayload({
    orgName: await deps.orgName(orgId),
    request,
    requesterEmail: actor.email ?? null,
    diagnostic,
    now,
  });
  if (deps.consultant.url) await postJson(deps.consultant.url, payload);
  if (deps.consultant.email) {
    try {
      await deps.mailer.send(consultationMail(deps.consultant.email, payload));
    } catch (err) {
      deps.logger.error({ err }, "consultation mail failed");
      throw new DomainError("PRECONDITION_FAILED", hostMessages.consultantMailFailed, {
        details: { reason: "consultant-unreachable" },
        cause: err,
      });
    }
  }
  const org = await deps.runtime(orgId);
  await org.write(actor, async (scope) => {
    await scope.tx
      .update(diagnostics)
      .set({ sentAt: now, sentBy: actor.id })
      .where(eq(diagnostics.id, diagnostic.id));
    await scope.audit({
      action: "core.diagnostic.send",
      entity: "diagnostic",
      entityId: diagnostic.id,
      before: { sentAt: diagnostic.sentAt },
      after: {
        sentAt: now,
        to: { email: deps.consultant.email !== null, url: deps.consultant.url !== null },
      },
    });
  });
  return { sentAt: now };
}
