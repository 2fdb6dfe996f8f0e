/** A working stage as the pipeline editor holds it: texts as typed; `id` for a stage that exists. */
export type StageDraft = { key: string; id?: string; name: string; probability: string; rottingDays: string };

/** A stage as `pipelines.setStages` takes it. */
export type StageInput = { id?: string; name: string; probability: number; rottingDays: number | null };

/** Drafts of a pipeline's working stages, in order (the won and lost stages are not edited). */
export function draftsOfStages(
  stages: readonly {
    id: string;
    kind: string;
    name: string;
    probability: number;
    rottingDays: number | null;
    position: number;
  }[],
): StageDraft[] {
  return [...stages]
    .filter((s) => s.kind === "open")
    .sort((a, b) => a.position - b.position)
    .map((s) => ({
      key: s.id,
      id: s.id,
      name: s.name,
      probability: String(s.probability),
      rottingDays: s.rottingDays === null ? "" : String(s.rottingDays),
    }));
}

/** The drafts with the one at `index` moved one place up (-1) or down (+1); unchanged at either end. */
export function moveDraft<T>(drafts: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (index < 0 || index >= drafts.length || target < 0 || target >= drafts.length) return [...drafts];
  const next = [...drafts];
  const [moved] = next.splice(index, 1);
  if (moved !== undefined) next.splice(target, 0, moved);
  return next;
}

/** Which field of which stage cannot be sent. */
export type StageProblem = { index: number; field: "name" | "probability" | "rottingDays" };

const whole = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : null);

/**
 * The stages to send, or the first field that cannot be: an empty name, a probability that is
 * not a whole 0–100, rotting days that are neither empty (never rots) nor a whole 1–365.
 */
export function stagesInput(
  drafts: readonly StageDraft[],
): { stages: StageInput[] } | { problem: StageProblem } {
  const stages: StageInput[] = [];
  for (const [index, d] of drafts.entries()) {
    const probability = whole(d.probability);
    const rotting = d.rottingDays.trim() === "" ? null : whole(d.rottingDays);
    if (!d.name.trim()) return { problem: { index, field: "name" } };
    if (probability === null || probability > 100) return { problem: { index, field: "probability" } };
    if (d.rottingDays.trim() !== "" && (rotting === null || rotting < 1 || rotting > 365))
      return { problem: { index, field: "rottingDays" } };
    stages.push({ ...(d.id ? { id: d.id } : {}), name: d.name.trim(), probability, rottingDays: rotting });
  }
  return { stages };
}
