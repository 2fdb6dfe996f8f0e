import type { VipProgram } from "../../../contracts/program.ts";
import { type PreviewItem, type ProgramPreview, previewProgram } from "../../../domain/preview.ts";
import { orgInfo, type WithSystem } from "../../context.ts";
import { readAssessment } from "../assess/read-assessment.ts";

/** A preview item with the client's name. */
export type NamedPreviewItem = PreviewItem & { name: string };

/** What saving a program would do, each client named. */
export type NamedPreview = Omit<ProgramPreview, "promoted" | "demoted" | "warned" | "unchanged"> & {
  promoted: NamedPreviewItem[];
  demoted: NamedPreviewItem[];
  warned: NamedPreviewItem[];
  unchanged: NamedPreviewItem[];
};

/**
 * What saving `program` would do today: the clients promoted, demoted, warned and unchanged, with
 * the reasons and tier sizes. It reads the same clients and facts as saving and decides through
 * the same `reassessClient`, so the lists are exactly what the save then does. Writes nothing.
 */
export async function previewChange({
  ctx,
  input,
}: {
  ctx: WithSystem;
  input: VipProgram;
}): Promise<NamedPreview> {
  const org = await orgInfo(ctx);
  return ctx.org.write(ctx.actor, async (scope) => {
    const read = await readAssessment(ctx.system, scope, org, input, "all");
    const standings = read.clients.flatMap((c) => read.standingOf.get(c.id) ?? []);
    const preview = previewProgram(input, standings, {
      asOf: org.today,
      categoryParents: read.categoryParents,
    });
    const names = new Map(read.clients.map((c) => [c.id, c.name]));
    const named = (items: PreviewItem[]) =>
      items.map((i) => ({ ...i, name: names.get(i.clientId) ?? i.clientId }));
    return {
      ...preview,
      promoted: named(preview.promoted),
      demoted: named(preview.demoted),
      warned: named(preview.warned),
      unchanged: named(preview.unchanged),
    };
  });
}
