import { corePermissions, type Locale, recordMessages } from "@quartet/core";
import { protectedProcedure, router } from "@quartet/core/trpc";
import { z } from "zod";
import { duplicateChoices } from "../../records/import/duplicate-choice.ts";
import {
  importErrorsInput,
  importListInput,
  listImportErrors,
  listImports,
  wordStored,
} from "../../records/import/list-imports.ts";
import { mappingInput } from "../../records/import/mapping.ts";
import { orgImportProgress } from "../../records/import/org-progress.ts";
import { wordRowError } from "../../records/import/row-error-words.ts";

const use = protectedProcedure(corePermissions.clientsImport.id);
const importId = z.object({ importId: z.string().min(1, recordMessages.chooseImport) });
const onDuplicate = z.enum(duplicateChoices);

/** An import with the reason it failed worded in the viewer's language. */
const wordedFailure = <T extends { error: string | null }>(job: T, locale: Locale = "en"): T => ({
  ...job,
  error: job.error === null ? null : wordStored(locale, job.error),
});

/**
 * CSV imports of clients (the file itself comes through `POST /api/v1/imports/clients`):
 * dry run, start, live progress, resume, cancel and the per-row error report.
 */
export const importsRouter = router({
  /** The organisation's imports, newest first, each with its live progress when it runs here. */
  list: use.input(importListInput).query(async ({ ctx, input }) => {
    const page = await listImports(await ctx.host.host.orgs.get(ctx.org.orgId), input);
    const items = page.items.map((item) => ({
      ...wordedFailure(item, ctx.locale),
      progress: ctx.host.host.imports.progress(item.id),
    }));
    return { ...page, items };
  }),
  get: use
    .input(importId)
    .query(async ({ ctx, input }) =>
      wordedFailure(await ctx.host.host.imports.get(ctx.org.orgId, input.importId), ctx.locale),
    ),
  /** Live progress of a dry run or import of this organisation (null when nothing ran in this server process). */
  progress: use
    .input(importId)
    .query(async ({ ctx, input }) =>
      orgImportProgress(await ctx.host.host.orgs.get(ctx.org.orgId), ctx.host.host.imports, input.importId),
    ),
  dryRun: use
    .input(importId.extend({ mapping: mappingInput, onDuplicate: onDuplicate.default("skip") }))
    .mutation(async ({ ctx, input }) => {
      const report = await ctx.host.host.imports.dryRun(ctx.service, input);
      const locale = ctx.locale ?? "en";
      return { ...report, errors: report.errors.map((e) => ({ ...e, ...wordRowError(locale, e.message) })) };
    }),
  start: use
    .input(
      importId.extend({
        mapping: mappingInput,
        onDuplicate: onDuplicate.default("skip"),
        /** Fill blank requisites of rows with an INN from the company registry (needs its key). */
        fillFromRegistry: z.boolean().default(false),
      }),
    )
    .mutation(({ ctx, input }) => ctx.host.host.imports.start(ctx.service, input)),
  resume: use
    .input(importId)
    .mutation(({ ctx, input }) => ctx.host.host.imports.resume(ctx.service, input.importId)),
  cancel: use
    .input(importId)
    .mutation(({ ctx, input }) => ctx.host.host.imports.cancel(ctx.service, input.importId)),
  errors: use
    .input(importErrorsInput)
    .query(async ({ ctx, input }) =>
      listImportErrors(await ctx.host.host.orgs.get(ctx.org.orgId), input, ctx.locale),
    ),
});
