import type { Actor, DiagnosticAnswers } from "@quartet/core";
import type { ConsultationRequest } from "./consultation.ts";
import type { DiagnosticDeps } from "./deps.ts";
import { prefillDiagnostic } from "./prefill.ts";
import { getDiagnostic, listDiagnostics } from "./read-diagnostics.ts";
import { saveDiagnostic } from "./save-diagnostic.ts";
import { consultantConfigured, sendDiagnostic } from "./send-diagnostic.ts";

/** The department self-diagnostic bound to the host: pre-fill, save, list, read, send to the consultant. */
export function createDiagnostic(deps: DiagnosticDeps) {
  return {
    prefill: (orgId: string) => prefillDiagnostic(deps, orgId),
    save: (actor: Actor, orgId: string, answers: DiagnosticAnswers) =>
      saveDiagnostic(deps, actor, orgId, answers),
    list: (orgId: string) => listDiagnostics(deps, orgId),
    get: (orgId: string, id: string) => getDiagnostic(deps, orgId, id),
    send: (actor: Actor, orgId: string, request: ConsultationRequest) =>
      sendDiagnostic(deps, actor, orgId, request),
    consultant: () => ({ configured: consultantConfigured(deps) }),
  };
}

/** The host's self-diagnostic. */
export type Diagnostic = ReturnType<typeof createDiagnostic>;
export type { ConsultationRequest } from "./consultation.ts";
export type { DiagnosticDeps } from "./deps.ts";
