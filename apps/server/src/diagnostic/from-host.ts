import type { Host } from "../host/create-host.ts";
import { listMembers } from "../people/members.ts";
import { createDiagnostic, type Diagnostic } from "./index.ts";

const bound = new WeakMap<Host, Diagnostic>();

/**
 * The self-diagnostic of a running host, built once per host from its registry, installations,
 * people, databases, configuration and mailer.
 */
export function diagnosticOf(host: Host): Diagnostic {
  let diagnostic = bound.get(host);
  if (!diagnostic) {
    diagnostic = createDiagnostic({
      plugins: host.registry.plugins,
      enabledIds: (orgId) => host.installations.enabledIds(orgId),
      settingsOf: host.settingsOf,
      runtime: host.runtime,
      coverage: (orgId) => host.people.coverage(orgId),
      members: (orgId) => listMembers(host.people.deps, orgId),
      orgName: async (orgId) => (await host.people.organisation(orgId)).name,
      serviceContext: host.serviceContext,
      clock: host.clock,
      logger: host.logger,
      consultant: host.config.consultant,
      mailer: host.people.deps.mailer,
    });
    bound.set(host, diagnostic);
  }
  return diagnostic;
}
