import { DomainError, type OrgDatabase } from "@quartet/core";
import { and, asc, eq } from "drizzle-orm";
import { m } from "../../../contracts/messages.ts";
import { scripts, scriptVersions } from "../../../db/calling.ts";
import type { ScriptGraph } from "../../../domain/script-graph.ts";
import type { ProspectingContext } from "../../context.ts";

/** Every script with its latest version number. */
export async function listScripts({ ctx }: { ctx: ProspectingContext }) {
  return ctx.org.db.select().from(scripts).orderBy(asc(scripts.name));
}

/** A script's graph at a version (the latest when omitted). */
export async function getScript({
  ctx,
  input,
}: {
  ctx: ProspectingContext;
  input: { scriptId: string; version?: number };
}) {
  const [script] = await ctx.org.db.select().from(scripts).where(eq(scripts.id, input.scriptId));
  if (!script) throw new DomainError("NOT_FOUND", m.noSuchScript);
  const version = input.version ?? script.latestVersion;
  return {
    id: script.id,
    name: script.name,
    latestVersion: script.latestVersion,
    version,
    graph: await scriptGraphAt(ctx.org.db, script.id, version),
  };
}

/** The immutable graph of one version, or NOT_FOUND. */
export async function scriptGraphAt(
  db: OrgDatabase,
  scriptId: string,
  version: number,
): Promise<ScriptGraph> {
  const [row] = await db
    .select({ graph: scriptVersions.graph })
    .from(scriptVersions)
    .where(and(eq(scriptVersions.scriptId, scriptId), eq(scriptVersions.version, version)));
  if (!row) throw new DomainError("NOT_FOUND", m.scriptNoVersion, { params: { version } });
  return row.graph;
}
