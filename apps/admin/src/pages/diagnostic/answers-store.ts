import { createMemo } from "solid-js";
import { createStore } from "solid-js/store";
import type { Prefill, Prefilled } from "./types.ts";

/**
 * The questionnaire's state: answers by question id, starting from what Quartet's data gives;
 * the user may change any of them. `missing` lists unanswered question ids in order.
 *
 * @example const store = createAnswersStore(prefill); store.set("vip.terms", "yes");
 */
export function createAnswersStore(prefill: Prefill) {
  const initial = Object.fromEntries(prefill.answers.map((a) => [a.question, a.answer]));
  const [answers, setAnswers] = createStore<Record<string, string>>(initial);
  const fromData = new Map<string, Prefilled>(prefill.answers.map((a) => [a.question, a]));
  const missing = createMemo(() => prefill.questions.filter((q) => !answers[q.id]).map((q) => q.id));
  return {
    answers,
    missing,
    /** The answer Quartet's data gave for a question, if any. */
    fromData: (id: string) => fromData.get(id),
    set: (id: string, code: string) => setAnswers(id, code),
    /** Answered questions of a section, and how many it has. */
    sectionProgress(section: string) {
      const questions = prefill.questions.filter((q) => q.section === section);
      return { answered: questions.filter((q) => answers[q.id]).length, total: questions.length };
    },
  };
}

/** The questionnaire's state. */
export type AnswersStore = ReturnType<typeof createAnswersStore>;
