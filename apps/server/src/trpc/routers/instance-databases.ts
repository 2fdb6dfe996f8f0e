import { authedProcedure } from "@quartet/core/trpc";
import type { DatabaseHandle } from "@quartet/db";
import { databaseHealth } from "../../host/database-health.ts";

type RequireAdministrator = (
  control: DatabaseHandle,
  actor: { kind: string; id: string },
) => Promise<unknown>;

/**
 * `core.instance.databases`: the health of the organisations' databases for the server's
 * administrator — `degraded` while any is down, and which (id, name, slug), why (`missing` file
 * or `corrupt` database) and since when. Members of a down organisation get a 503 instead.
 */
export function instanceDatabases(requireAdministrator: RequireAdministrator) {
  return authedProcedure.query(async ({ ctx }) => {
    const host = ctx.host.host;
    await requireAdministrator(host.control, ctx.actor);
    const health = databaseHealth(host.orgs.outages());
    const organisationsDown = await Promise.all(
      health.organisationsDown.map(async (down) => {
        const org = await host.organisations.find(down.org);
        return { ...down, name: org?.name ?? null, slug: org?.slug ?? null };
      }),
    );
    return { status: health.status, organisationsDown };
  });
}
