import type { Dictionary, Locale } from "./types.ts";

/**
 * What a lazily loading translator knows: the dictionaries it has, the ones on their way, the
 * language on screen, the one the user asked for (still loading), and the last switch that failed.
 */
export type LoaderState = {
  readonly loaded: Partial<Record<Locale, Dictionary>>;
  readonly loading: readonly Locale[];
  readonly shown: Locale | null;
  readonly pending: Locale | null;
  readonly failed: { readonly locale: Locale; readonly error: unknown } | null;
};

/** What happens to a loader: a switch asked for, a load wanted without a switch, a load's outcome. */
export type LoaderEvent =
  | { readonly type: "request"; readonly locale: Locale }
  | { readonly type: "prefetch"; readonly locale: Locale }
  | { readonly type: "loaded"; readonly locale: Locale; readonly dictionary: Dictionary }
  | { readonly type: "failed"; readonly locale: Locale; readonly error: unknown };

/** What the translator must do after a step: start a load, show a language, report a failed load. */
export type LoaderEffect =
  | { readonly type: "load"; readonly locale: Locale }
  | { readonly type: "show"; readonly locale: Locale }
  | { readonly type: "report"; readonly locale: Locale; readonly error: unknown };

/** A loader that has nothing yet and shows nothing. */
export const emptyLoader: LoaderState = { loaded: {}, loading: [], shown: null, pending: null, failed: null };

type Step = { readonly state: LoaderState; readonly effects: readonly LoaderEffect[] };

const without = (list: readonly Locale[], locale: Locale) => list.filter((item) => item !== locale);

function startLoad(state: LoaderState, locale: Locale): Step {
  if (state.loading.includes(locale)) return { state, effects: [] };
  return { state: { ...state, loading: [...state.loading, locale] }, effects: [{ type: "load", locale }] };
}

/**
 * One step of the loader, pure: the last language asked for wins, a dictionary is loaded once,
 * a language is shown only when its dictionary is there, and a failed load keeps the language on
 * screen and reports the failure.
 *
 * @example loaderStep(emptyLoader, { type: "request", locale: "ru" }) // loading ru, effect: load ru
 */
export function loaderStep(state: LoaderState, event: LoaderEvent): Step {
  switch (event.type) {
    case "request": {
      if (state.loaded[event.locale]) {
        const next = { ...state, shown: event.locale, pending: null, failed: null };
        return { state: next, effects: [{ type: "show", locale: event.locale }] };
      }
      return startLoad({ ...state, pending: event.locale, failed: null }, event.locale);
    }
    case "prefetch":
      return state.loaded[event.locale] ? { state, effects: [] } : startLoad(state, event.locale);
    case "loaded": {
      const loaded = { ...state.loaded, [event.locale]: event.dictionary };
      const next = { ...state, loaded, loading: without(state.loading, event.locale) };
      if (state.pending !== event.locale) return { state: next, effects: [] };
      return {
        state: { ...next, shown: event.locale, pending: null },
        effects: [{ type: "show", locale: event.locale }],
      };
    }
    case "failed": {
      const next = { ...state, loading: without(state.loading, event.locale) };
      const report: LoaderEffect = { type: "report", locale: event.locale, error: event.error };
      if (state.pending !== event.locale) return { state: next, effects: [report] };
      return {
        state: { ...next, pending: null, failed: { locale: event.locale, error: event.error } },
        effects: [report],
      };
    }
  }
}
