import type { Clock, Coverage, OrgRuntime } from "@quartet/core";
import type { Host } from "../host/create-host.ts";

/** A member as the readiness facts need one: who they are and whether they own the organisation. */
export type ReadinessMember = { userId: string; name: string; role: string };

/** What the readiness signals need from the host: the organisation's database, people, time zone and clock. */
export type ReadinessDeps = {
  runtime(orgId: string): Promise<OrgRuntime>;
  coverage(orgId: string): Promise<Coverage>;
  members(orgId: string): Promise<readonly ReadinessMember[]>;
  timeZone(orgId: string): Promise<string>;
  clock: Clock;
};

/** The readiness deps of a running host (coverage also tells which legs' plugins are enabled). */
export function readinessDepsOf(host: Host): ReadinessDeps {
  return {
    runtime: host.runtime,
    coverage: (orgId) => host.people.coverage(orgId),
    members: (orgId) => host.people.listMembers(orgId),
    timeZone: async (orgId) => (await host.people.organisation(orgId)).timeZone,
    clock: host.clock,
  };
}
