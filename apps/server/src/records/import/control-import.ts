import { DomainError, importMessages, type ServiceContext } from "@quartet/core";
import { imports } from "@quartet/db/org";
import { and, eq, inArray } from "drizzle-orm";
import { openCsv } from "./csv-file.ts";
import { type ImportDeps, loadImport } from "./deps.ts";
import type { DuplicateChoice } from "./duplicate-choice.ts";
import { finishImport } from "./finish-import.ts";
import { type Mapping, planColumns } from "./mapping.ts";

type Ctx = Pick<ServiceContext, "org" | "actor">;

/**
 * Marks an analysed import `running` with its mapping, duplicate policy (checked against the
 * file's headers) and whether to fill requisites from the registry (refused without a registry
 * key), and writes the one audit entry of its start, which keeps that choice for a resume.
 * The caller then runs it.
 */
export async function startImport(
  deps: ImportDeps,
  ctx: Ctx,
  input: { importId: string; mapping: Mapping; onDuplicate: DuplicateChoice; fillFromRegistry?: boolean },
): Promise<void> {
  const handle = await deps.orgHandle(ctx.org.orgId);
  const job = await loadImport(handle, input.importId);
  if (job.status !== "analysed")
    throw new DomainError("CONFLICT", importMessages.notWaiting, { params: { status: job.status } });
  const fillFromRegistry = input.fillFromRegistry === true;
  if (fillFromRegistry && !(await registryOffered(deps, ctx.org.orgId)))
    throw new DomainError("PRECONDITION_FAILED", importMessages.registryOff, {
      fields: { fillFromRegistry: importMessages.registryOff },
    });
  const csv = await openCsv(job.filePath);
  await csv.records.return(undefined);
  planColumns(csv.headers, input.mapping);
  const now = deps.clock.now();
  await ctx.org.write(ctx.actor, async (scope) => {
    const [row] = await scope.tx
      .update(imports)
      .set({ status: "running", mapping: input.mapping, onDuplicate: input.onDuplicate, startedAt: now })
      .where(and(eq(imports.id, job.id), eq(imports.status, "analysed")))
      .returning({ id: imports.id });
    if (!row) throw new DomainError("CONFLICT", importMessages.alreadyStarted);
    await scope.audit({
      action: "core.import.start",
      entity: "import",
      entityId: job.id,
      after: {
        fileName: job.fileName,
        fileBytes: job.fileBytes,
        onDuplicate: input.onDuplicate,
        mapping: input.mapping,
        fillFromRegistry,
      },
    });
  });
}

/** Whether the organisation can fill imported requisites from the registry (its key is set). */
export async function registryOffered(deps: ImportDeps, orgId: string): Promise<boolean> {
  return (await deps.registry?.status(orgId))?.configured ?? false;
}

/** Puts a failed or stopped import back to `running` from its checkpoint; the caller then runs it. */
export async function reopenImport(deps: ImportDeps, ctx: Ctx, importId: string): Promise<void> {
  const handle = await deps.orgHandle(ctx.org.orgId);
  const job = await loadImport(handle, importId);
  if (job.status === "running") return;
  if (job.status !== "failed" && job.status !== "paused")
    throw new DomainError("CONFLICT", importMessages.onlyFailedResumes, { params: { status: job.status } });
  await ctx.org.write(ctx.actor, (scope) =>
    scope.tx
      .update(imports)
      .set({ status: "running", error: null, finishedAt: null })
      .where(and(eq(imports.id, importId), inArray(imports.status, ["failed", "paused"]))),
  );
}

/** Cancels an import that has not ended; rows already imported stay. The runner stops at its next batch. */
export async function cancelImport(deps: ImportDeps, ctx: Ctx, importId: string): Promise<void> {
  const handle = await deps.orgHandle(ctx.org.orgId);
  await loadImport(handle, importId);
  const cancelled = await finishImport(
    deps,
    ctx.org.orgId,
    importId,
    { status: "cancelled", totalRows: null, error: null },
    ctx.actor,
  );
  if (!cancelled) throw new DomainError("CONFLICT", importMessages.alreadyEnded);
}
