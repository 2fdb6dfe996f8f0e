import { createSignal } from "solid-js";
import { createStore, produce } from "solid-js/store";
import type { FarmingRules } from "../../contracts/rules.ts";
import { i18n } from "../i18n/index.ts";
import {
  type CadenceDraft,
  draftOf,
  type FieldError,
  newStageKey,
  type RulesDraft,
  type StageDraft,
} from "./rules-draft.ts";
import type { ScalarPath } from "./rules-fields.ts";

const moved = <T>(list: T[], index: number, by: -1 | 1) => {
  const target = index + by;
  if (target < 0 || target >= list.length) return;
  const [item] = list.splice(index, 1);
  if (item !== undefined) list.splice(target, 0, item);
};

/**
 * The rules form's state: the typed draft, its lists' edits, and the errors by field path (the
 * form's own checks and the server's refusals alike).
 */
export function createRulesForm(initial: FarmingRules) {
  const [draft, setDraft] = createStore<RulesDraft>(draftOf(initial));
  const [errors, setErrors] = createSignal<Record<string, FieldError>>({});
  return {
    draft,
    errors,
    setErrors,
    /** The error at a path in words, or undefined. */
    errorAt(path: string): string | undefined {
      const error = errors()[path];
      return error && (error.text ?? i18n.tDynamic(`fieldErrors.${error.code}`, { limit: error.limit ?? 0 }));
    },
    reset: (rules: FarmingRules) => setDraft(draftOf(rules)),
    setValue: (path: ScalarPath, text: string) => setDraft("values", path, text),
    setCadence: (index: number, patch: Partial<CadenceDraft>) => setDraft("cadence", index, patch),
    addCadence: () => setDraft("cadence", (list) => [...list, { abc: "", minRevenue: "", days: "30" }]),
    removeCadence: (index: number) => setDraft("cadence", (list) => list.filter((_, i) => i !== index)),
    moveCadence: (index: number, by: -1 | 1) => setDraft(produce((d) => moved(d.cadence, index, by))),
    setStage: (index: number, patch: Partial<StageDraft>) => setDraft("stages", index, patch),
    addStage: () =>
      setDraft("stages", (list) => [...list, { key: newStageKey(list), ru: "", en: "", probability: "50" }]),
    removeStage: (index: number) => setDraft("stages", (list) => list.filter((_, i) => i !== index)),
    moveStage: (index: number, by: -1 | 1) => setDraft(produce((d) => moved(d.stages, index, by))),
  };
}

/** What `createRulesForm` gives. */
export type RulesForm = ReturnType<typeof createRulesForm>;
