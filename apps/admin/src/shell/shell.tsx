import { Spinner } from "@quartet/ui";
import { createSignal, type JSX, onCleanup, onMount, Show, Suspense } from "solid-js";
import { useT } from "../i18n/index.ts";
import { Sidebar } from "./sidebar.tsx";
import { TopBar } from "./top-bar.tsx";
import "./shell.css";
import "./sidebar.css";

/** The frame of every page: skip link, top bar, sidebar (a drawer on narrow screens) and the main area. */
export function Shell(props: { children?: JSX.Element }): JSX.Element {
  const i18n = useT();
  const [navOpen, setNavOpen] = createSignal(false);
  const close = () => setNavOpen(false);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape" && navOpen()) {
      close();
      document.querySelector<HTMLElement>(".top-bar__menu")?.focus();
    }
  };
  onMount(() => document.addEventListener("keydown", onKeyDown));
  onCleanup(() => document.removeEventListener("keydown", onKeyDown));

  return (
    <div class="shell">
      <a class="skip-link" href="#main">
        {i18n.t("app.skipToContent")}
      </a>
      <TopBar navOpen={navOpen()} onToggleNav={() => setNavOpen(!navOpen())} />
      <div class="shell__body">
        <div class="shell__aside">
          <Sidebar open={navOpen()} onNavigate={close} />
        </div>
        <Show when={navOpen()}>
          <div class="shell__scrim" aria-hidden="true" onClick={close} />
        </Show>
        <main id="main" class="shell__main" tabIndex={-1}>
          <Suspense
            fallback={
              <div class="shell__loading">
                <Spinner size="lg" />
              </div>
            }
          >
            {props.children}
          </Suspense>
        </main>
      </div>
    </div>
  );
}
