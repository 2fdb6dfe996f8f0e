import { createEffect, createRoot, createSignal } from "solid-js";
import { i18n } from "../i18n/index.ts";
import { tabTitle } from "./tab-title.ts";

// The last page that named itself, and the unread notifications the top bar's bell reports.
const [page, setPage] = createSignal("");
const [unread, setUnread] = createSignal(0);
let writing = false;

// One writer of `document.title`, started on first use, so the unread count reaches every page's
// title (a plugin page that names nothing keeps the last page's name with the new count).
function writeTitle(): void {
  if (writing || typeof document === "undefined") return;
  writing = true;
  createRoot(() => {
    createEffect(() => {
      document.title = tabTitle(page(), i18n.t("app.name"), unread());
    });
  });
}

/** Puts the unread count in front of the tab's title; the bell calls it as the count changes (0 when it goes). */
export function setTitleUnread(count: number): void {
  setUnread(count);
  writeTitle();
}

/**
 * Keeps the browser tab's title on the current page, in the current language, with the unread
 * notifications in front when there are any: "(3) System status — Quartet".
 */
export function usePageTitle(title: () => string): void {
  writeTitle();
  createEffect(() => setPage(title()));
}
