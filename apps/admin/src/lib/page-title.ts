import { createEffect } from "solid-js";
import { i18n } from "../i18n/index.ts";

/** Keeps the browser tab's title on the current page, in the current language: "System status — Quartet". */
export function usePageTitle(title: () => string): void {
  createEffect(() => {
    document.title = `${title()} — ${i18n.t("app.name")}`;
  });
}
