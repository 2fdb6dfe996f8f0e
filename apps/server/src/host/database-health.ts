import type { OrgOutage } from "@quartet/db";

/** What an instance health check says about organisation databases. */
export type DatabaseHealth = {
  /** `degraded` while any organisation's database is down; the others keep serving. */
  status: "ok" | "degraded";
  organisationsDown: { org: string; reason: OrgOutage["reason"]; since: string }[];
};

/**
 * The part of `/healthz` about organisation databases: which organisations are down, why
 * (`missing` file or `corrupt` database) and since when. Ids only: the endpoint is public.
 * The instance stays up (200) while some are down, so a load balancer keeps sending the rest.
 */
export function databaseHealth(outages: readonly OrgOutage[]): DatabaseHealth {
  return {
    status: outages.length > 0 ? "degraded" : "ok",
    organisationsDown: outages.map((outage) => ({
      org: outage.orgId,
      reason: outage.reason,
      since: new Date(outage.since).toISOString(),
    })),
  };
}
