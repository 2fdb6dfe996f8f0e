import { DomainError, type Locale, type MessageParams, msg } from "@quartet/core";
import { m } from "../contracts/messages.ts";

/** What a stage is: a working step, or one of the two terminal stages every pipeline ends with. */
export type StageKind = "open" | "won" | "lost";

/** A stage of a pipeline: its place, the chance a deal there closes, and how long a deal may sit there. */
export type Stage = {
  id: string;
  name: string;
  position: number;
  kind: StageKind;
  /** Chance, in whole percent, that a deal in this stage is won; it weights the forecast. */
  probability: number;
  /** A deal sitting here longer than this many days is rotting; null never rots by age. */
  rottingDays: number | null;
};

/** A working stage as an editor submits it: `id` for a stage that exists, none for a new one. */
export type StageDraft = { id?: string; name: string; probability: number; rottingDays: number | null };

/** The stages a new pipeline starts with, in the organisation's language. */
export function defaultStages(locale: Locale): { open: StageDraft[]; won: string; lost: string } {
  const ru = locale === "ru";
  return {
    open: [
      { name: ru ? "Новая" : "New", probability: 10, rottingDays: 3 },
      { name: ru ? "Выявление потребностей" : "Discovery", probability: 20, rottingDays: 7 },
      { name: ru ? "КП отправлено" : "Proposal sent", probability: 40, rottingDays: 7 },
      { name: ru ? "Переговоры" : "Negotiation", probability: 60, rottingDays: 14 },
      { name: ru ? "Счёт выставлен" : "Invoice issued", probability: 80, rottingDays: 10 },
    ],
    won: ru ? "Оплачено" : "Won",
    lost: ru ? "Проиграна" : "Lost",
  };
}

/** What `planStages` decides: stages to add, to change (with their new place) and to remove. */
export type StagePlan = {
  add: (StageDraft & { position: number })[];
  change: (StageDraft & { id: string; position: number })[];
  remove: string[];
  /** Positions of the terminal stages after the working ones. */
  wonPosition: number;
  lostPosition: number;
};

/**
 * Plans a pipeline's new working stages (in the submitted order) against the current ones.
 * Throws `BAD_INPUT` naming `stages.<i>.<field>` for an empty or repeated name, an unknown id,
 * or no stage at all; `CONFLICT` when a removed stage still holds open deals.
 */
export function planStages(
  current: readonly Stage[],
  drafts: readonly StageDraft[],
  openDealsByStage: ReadonlyMap<string, number>,
): StagePlan {
  const fail = (field: string, key: string, params?: MessageParams): never => {
    throw new DomainError("BAD_INPUT", key, { params, fields: { [field]: msg(key, params) } });
  };
  if (drafts.length === 0) fail("stages", m.oneWorkingStage);
  const working = new Map(current.filter((s) => s.kind === "open").map((s) => [s.id, s]));
  const names = new Set<string>();
  drafts.forEach((draft, i) => {
    const name = draft.name.trim().toLowerCase();
    if (!name) fail(`stages.${i}.name`, m.nameStage);
    if (names.has(name)) fail(`stages.${i}.name`, m.duplicateStage, { name: draft.name.trim() });
    names.add(name);
    if (draft.id && !working.has(draft.id)) fail(`stages.${i}.id`, m.noSuchWorkingStage);
  });
  const kept = new Set(drafts.flatMap((d) => (d.id ? [d.id] : [])));
  const remove = [...working.keys()].filter((id) => !kept.has(id));
  for (const id of remove) {
    const count = openDealsByStage.get(id) ?? 0;
    if (count > 0) {
      const name = working.get(id)?.name ?? id;
      throw new DomainError("CONFLICT", m.stageHoldsDeals, {
        params: { name, count },
        details: { stageId: id, openDeals: count },
      });
    }
  }
  const placed = drafts.map((d, position) => ({ ...d, name: d.name.trim(), position }));
  return {
    add: placed.filter((d) => !d.id),
    change: placed.flatMap((d) => (d.id ? [{ ...d, id: d.id }] : [])),
    remove,
    wonPosition: drafts.length,
    lostPosition: drafts.length + 1,
  };
}

/** The first working stage of a pipeline (where new deals start). */
export function firstOpenStage<S extends Stage>(stages: readonly S[]): S | undefined {
  return [...stages].filter((s) => s.kind === "open").sort((a, b) => a.position - b.position)[0];
}

/** The terminal stage of a kind; every pipeline has exactly one won and one lost stage. */
export function terminalStage<S extends Stage>(stages: readonly S[], kind: "won" | "lost"): S {
  const stage = stages.find((s) => s.kind === kind);
  if (!stage) throw new DomainError("INTERNAL", m.noTerminalStage, { params: { kind } });
  return stage;
}
