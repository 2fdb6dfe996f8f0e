import { type DomainError, domainErrorIn, type OrgRuntime } from "@quartet/core";

/**
 * The organisation's runtime, or — when its database is down (UNAVAILABLE: missing or damaged) —
 * one whose every use of the database throws that 503. A request context is built with it, so
 * the caller still reaches what lives outside the organisation's database (their organisations,
 * switching to another, signing out) and meets the worded 503 in their language at the first
 * procedure that reads or writes this one.
 */
export async function runtimeOrOutage(
  runtime: (orgId: string) => Promise<OrgRuntime>,
  orgId: string,
): Promise<OrgRuntime> {
  try {
    return await runtime(orgId);
  } catch (error) {
    const refusal = domainErrorIn(error);
    if (refusal?.code !== "UNAVAILABLE") throw error;
    return unavailableRuntime(orgId, refusal);
  }
}

function unavailableRuntime(orgId: string, refusal: DomainError): OrgRuntime {
  const refuse = async (): Promise<never> => {
    throw refusal;
  };
  return {
    orgId,
    db: new Proxy({} as OrgRuntime["db"], {
      get(_target, name) {
        // Not a thenable: awaiting the runtime or its database must not count as using it.
        if (name === "then") return undefined;
        throw refusal;
      },
    }),
    write: refuse,
    hookKeys: { register: refuse, unregister: refuse },
  };
}
