import { createContext, type JSX, useContext } from "solid-js";
import type { I18n } from "./create-i18n.ts";
import type { Dictionary } from "./types.ts";

// biome-ignore lint/suspicious/noExplicitAny: the provider holds any app's translator; useI18n re-types it.
const I18nContext = createContext<I18n<any>>();

/** Makes a translator available to the tree below: `<I18nProvider i18n={i18n}>…</I18nProvider>`. */
export function I18nProvider<D extends Dictionary>(props: {
  i18n: I18n<D>;
  children: JSX.Element;
}): JSX.Element {
  // The context holds any app's translator; useI18n gives it back typed.
  // biome-ignore lint/suspicious/noExplicitAny: see above.
  const i18n = props.i18n as unknown as I18n<any>;
  return <I18nContext.Provider value={i18n}>{props.children}</I18nContext.Provider>;
}

/**
 * The translator of the nearest `I18nProvider`, typed by the dictionary the app gave it.
 *
 * @example const { t } = useI18n<typeof en>();
 */
export function useI18n<D extends Dictionary = Dictionary>(): I18n<D> {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error("useI18n() needs an <I18nProvider> above it");
  return i18n;
}
