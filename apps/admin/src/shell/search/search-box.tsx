import { IconSearch, typingIn } from "@quartet/ui";
import { createSignal, type JSX, lazy, onCleanup, onMount, Show, Suspense } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { useAccess } from "../../lib/me.ts";
import { isApple, opensSearch, shortcutText } from "./search-keys.ts";
import "./search.css";

// Loaded when the search first opens: the home page's first load does without it.
const SearchPanel = lazy(() => import("./search-panel.tsx").then((m) => ({ default: m.SearchPanel })));

/**
 * The top bar's search: a field-like button (an icon on a phone) that opens the search panel, also
 * on Ctrl+K (⌘K on a Mac) and on "/" when not typing. Key hints are hidden on touch screens.
 * Shown to those who may read clients.
 */
export function SearchBox(): JSX.Element {
  const i18n = useT();
  const access = useAccess();
  const [open, setOpen] = createSignal(false);
  const apple = isApple(typeof navigator === "undefined" ? "" : navigator.platform);
  let trigger: HTMLButtonElement | undefined;
  const allowed = () => access.can("core.clients.read");
  onMount(() => {
    const listener = (event: KeyboardEvent) => {
      if (!allowed() || open() || !opensSearch(event, apple, typingIn(event.target))) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener("keydown", listener);
    onCleanup(() => window.removeEventListener("keydown", listener));
  });
  const close = () => {
    setOpen(false);
    trigger?.focus();
  };
  const hints = (
    <footer class="search-panel__keys q-hotkey-hint" aria-hidden="true">
      <span>
        <kbd>↑</kbd>
        <kbd>↓</kbd> {i18n.t("search.keys.move")}
      </span>
      <span>
        <kbd>Enter</kbd> {i18n.t("search.keys.open")}
      </span>
      <span>
        <kbd>Esc</kbd> {i18n.t("search.keys.close")}
      </span>
    </footer>
  );
  return (
    <Show when={allowed()}>
      <button
        ref={trigger}
        type="button"
        class="search-trigger"
        aria-haspopup="dialog"
        aria-keyshortcuts={apple ? "Meta+K /" : "Control+K /"}
        aria-label={i18n.t("search.open")}
        onClick={() => setOpen(true)}
      >
        <IconSearch size={16} />
        <span class="search-trigger__text">{i18n.t("search.placeholder")}</span>
        <kbd class="search-trigger__kbd q-hotkey-hint">{shortcutText(apple)}</kbd>
      </button>
      <Show when={open()}>
        <Suspense>
          <SearchPanel onClose={close} keyHints={hints} />
        </Suspense>
      </Show>
    </Show>
  );
}
