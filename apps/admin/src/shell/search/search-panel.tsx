import { IconClose, IconSearch } from "@quartet/ui";
import { useNavigate } from "@solidjs/router";
import { createEffect, createSignal, type JSX, on, onMount, Show } from "solid-js";
import { Portal } from "solid-js/web";
import { useT } from "../../i18n/index.ts";
import { moveActive } from "./search-keys.ts";
import { optionId, SearchResults, SearchState } from "./search-results.tsx";
import { type SearchHit, useSearch } from "./use-search.ts";

/**
 * The open search: a field and the grouped results under it, over the page (a full-screen sheet on
 * a phone). Arrows move through the hits, Enter opens the highlighted one, Escape or a click
 * outside closes.
 */
export function SearchPanel(props: { onClose: () => void; keyHints: JSX.Element }): JSX.Element {
  const i18n = useT();
  const navigate = useNavigate();
  const [text, setText] = createSignal("");
  const [active, setActive] = createSignal(-1);
  const search = useSearch(text, () => true);
  const groups = () => search.result()?.groups ?? [];
  const hits = () => groups().flatMap((group) => group.hits);
  let input: HTMLInputElement | undefined;
  onMount(() => input?.focus());
  createEffect(
    on(
      () => search.result(),
      () => setActive(hits().length > 0 ? 0 : -1),
    ),
  );
  const open = (hit: SearchHit) => {
    props.onClose();
    navigate(hit.href);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const next = moveActive(active(), hits().length, event.key === "ArrowDown" ? 1 : -1);
      setActive(next);
      document.getElementById(optionId(next))?.scrollIntoView({ block: "nearest" });
    } else if (event.key === "Enter") {
      const hit = hits()[active()];
      if (hit && !search.pending()) {
        event.preventDefault();
        open(hit);
      }
    } else if (event.key === "Escape") {
      event.preventDefault();
      props.onClose();
    }
  };
  return (
    <Portal>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a click on the backdrop closes; the keyboard has Escape. */}
      <div
        class="search-layer"
        onMouseDown={(event) => event.target === event.currentTarget && props.onClose()}
      >
        <div class="search-panel" role="dialog" aria-modal="true" aria-label={i18n.t("search.label")}>
          <div class="search-panel__bar">
            <IconSearch size={16} class="search-panel__icon" />
            <input
              ref={input}
              class="search-panel__input"
              type="search"
              role="combobox"
              aria-expanded={hits().length > 0}
              aria-controls="search-listbox"
              aria-activedescendant={active() >= 0 ? optionId(active()) : undefined}
              aria-autocomplete="list"
              aria-label={i18n.t("search.label")}
              placeholder={i18n.t("search.placeholder")}
              autocomplete="off"
              spellcheck={false}
              maxLength={100}
              value={text()}
              onInput={(event) => setText(event.currentTarget.value)}
              onKeyDown={onKeyDown}
            />
            <button
              type="button"
              class="search-panel__close"
              aria-label={i18n.t("search.close")}
              onClick={props.onClose}
            >
              <IconClose size={16} />
            </button>
          </div>
          <div
            id="search-listbox"
            class="search-panel__body"
            role="listbox"
            aria-label={i18n.t("search.label")}
          >
            <SearchResults
              groups={groups()}
              q={search.q()}
              active={active()}
              onHover={setActive}
              onOpen={open}
            />
            <SearchState
              q={search.q()}
              loading={search.loading() || search.pending()}
              failed={search.failed()}
              empty={hits().length === 0 && groups().every((group) => !group.error)}
            />
          </div>
          <Show when={hits().length > 0}>{props.keyHints}</Show>
        </div>
      </div>
    </Portal>
  );
}
