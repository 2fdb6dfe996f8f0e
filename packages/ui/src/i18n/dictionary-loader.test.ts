import { describe, expect, it } from "vitest";
import {
  emptyLoader,
  type LoaderEffect,
  type LoaderEvent,
  type LoaderState,
  loaderStep,
} from "./dictionary-loader.ts";

const ru = { hello: "Привет" };
const en = { hello: "Hello" };
const offline = new Error("offline");

/** Runs events in order and returns the final state with every effect asked for on the way. */
function run(events: readonly LoaderEvent[], from: LoaderState = emptyLoader) {
  const effects: LoaderEffect[] = [];
  let state = from;
  for (const event of events) {
    const step = loaderStep(state, event);
    state = step.state;
    effects.push(...step.effects);
  }
  return { state, effects };
}

const showingRu: LoaderState = { ...emptyLoader, loaded: { ru }, shown: "ru" };

describe("loaderStep", () => {
  it.each<[string, LoaderState, readonly LoaderEvent[], Partial<LoaderState>, readonly LoaderEffect[]]>([
    [
      "start: the saved language is loaded, nothing is shown meanwhile",
      emptyLoader,
      [{ type: "request", locale: "ru" }],
      { loading: ["ru"], pending: "ru", shown: null },
      [{ type: "load", locale: "ru" }],
    ],
    [
      "start: shown once its dictionary arrives",
      emptyLoader,
      [
        { type: "request", locale: "ru" },
        { type: "loaded", locale: "ru", dictionary: ru },
      ],
      { loaded: { ru }, loading: [], pending: null, shown: "ru" },
      [
        { type: "load", locale: "ru" },
        { type: "show", locale: "ru" },
      ],
    ],
    [
      "switch: the current language stays on screen while the other one loads",
      showingRu,
      [{ type: "request", locale: "en" }],
      { shown: "ru", pending: "en", loading: ["en"] },
      [{ type: "load", locale: "en" }],
    ],
    [
      "switch: a loaded language is shown at once, without a load",
      { ...showingRu, loaded: { ru, en } },
      [{ type: "request", locale: "en" }],
      { shown: "en", pending: null, loading: [] },
      [{ type: "show", locale: "en" }],
    ],
    [
      "switch back while loading: the last choice wins, the late dictionary is kept but not shown",
      showingRu,
      [
        { type: "request", locale: "en" },
        { type: "request", locale: "ru" },
        { type: "loaded", locale: "en", dictionary: en },
      ],
      { shown: "ru", pending: null, loaded: { ru, en }, loading: [] },
      [
        { type: "load", locale: "en" },
        { type: "show", locale: "ru" },
      ],
    ],
    [
      "asking twice while loading starts one load",
      showingRu,
      [
        { type: "request", locale: "en" },
        { type: "request", locale: "ru" },
        { type: "request", locale: "en" },
      ],
      { shown: "ru", pending: "en", loading: ["en"] },
      [
        { type: "load", locale: "en" },
        { type: "show", locale: "ru" },
      ],
    ],
    [
      "a failed switch keeps the current language and reports the failure",
      showingRu,
      [
        { type: "request", locale: "en" },
        { type: "failed", locale: "en", error: offline },
      ],
      { shown: "ru", pending: null, loading: [], failed: { locale: "en", error: offline } },
      [
        { type: "load", locale: "en" },
        { type: "report", locale: "en", error: offline },
      ],
    ],
    [
      "asking again after a failure retries and forgets the failure",
      { ...showingRu, failed: { locale: "en", error: offline } },
      [{ type: "request", locale: "en" }],
      { pending: "en", loading: ["en"], failed: null },
      [{ type: "load", locale: "en" }],
    ],
    [
      "a prefetch (English for a missing message) loads without switching",
      showingRu,
      [
        { type: "prefetch", locale: "en" },
        { type: "loaded", locale: "en", dictionary: en },
      ],
      { shown: "ru", pending: null, loaded: { ru, en } },
      [{ type: "load", locale: "en" }],
    ],
    [
      "a failed prefetch is reported but is not a failed switch",
      showingRu,
      [
        { type: "prefetch", locale: "en" },
        { type: "failed", locale: "en", error: offline },
      ],
      { shown: "ru", failed: null, loading: [] },
      [
        { type: "load", locale: "en" },
        { type: "report", locale: "en", error: offline },
      ],
    ],
    [
      "a prefetch of a loaded language does nothing",
      { ...showingRu, loaded: { ru, en } },
      [{ type: "prefetch", locale: "en" }],
      { shown: "ru", loading: [] },
      [],
    ],
  ])("%s", (_name, from, events, expected, effects) => {
    const result = run(events, from);
    expect(result.state).toMatchObject(expected);
    expect(result.effects).toEqual(effects);
  });
});
