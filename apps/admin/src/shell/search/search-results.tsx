import { Spinner } from "@quartet/ui";
import { For, type JSX, Show } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { highlight } from "./highlight.ts";
import { matchedValue } from "./hit-text.ts";
import type { SearchGroup, SearchHit } from "./use-search.ts";

/** The id of a hit's option element, for `aria-activedescendant`. */
export const optionId = (index: number) => `search-option-${index}`;

/**
 * The groups of a search's results: each kind of record under its name, each hit with its name,
 * what it belongs to and which field matched; a group whose source failed says so. `active` is the
 * position of the highlighted hit among all hits.
 */
export function SearchResults(props: {
  groups: readonly SearchGroup[];
  /** The text searched for: its place in each name is marked. */
  q: string;
  active: number;
  onHover: (index: number) => void;
  onOpen: (hit: SearchHit) => void;
}): JSX.Element {
  const i18n = useT();
  const offsets = () => {
    let at = 0;
    return props.groups.map((group) => {
      const start = at;
      at += group.hits.length;
      return start;
    });
  };
  return (
    <For each={props.groups}>
      {(group, g) => (
        // biome-ignore lint/a11y/useSemanticElements: a group of a listbox's options, not a form's fieldset.
        <div class="search-group" role="group" aria-label={group.name[i18n.locale()]}>
          <div class="search-group__title" aria-hidden="true">
            {group.name[i18n.locale()]}
          </div>
          <Show when={group.error}>
            {(error) => (
              <p class="search-group__error">
                {i18n.t(error() === "timeout" ? "search.groupTimeout" : "search.groupFailed", {
                  name: group.name[i18n.locale()],
                })}
              </p>
            )}
          </Show>
          <For each={group.hits}>
            {(hit, h) => {
              const index = () => (offsets()[g()] ?? 0) + h();
              return (
                <a
                  id={optionId(index())}
                  href={hit.href}
                  class="search-hit"
                  role="option"
                  aria-selected={props.active === index()}
                  tabindex={-1}
                  onMouseMove={() => props.onHover(index())}
                  onClick={(event) => {
                    event.preventDefault();
                    props.onOpen(hit);
                  }}
                >
                  <span class="search-hit__label">
                    <For each={highlight(hit.label, props.q)}>
                      {(piece) =>
                        piece.matched ? <mark class="search-hit__mark">{piece.text}</mark> : piece.text
                      }
                    </For>
                  </span>
                  <span class="search-hit__meta">
                    <Show when={hit.detail}>
                      <span class="search-hit__detail">{hit.detail}</span>
                    </Show>
                    <Show when={showsMatch(hit)}>
                      <span class="search-hit__match">
                        {i18n.t(`search.field.${hit.matched.field}`)}: {matchedValue(hit.matched)}
                      </span>
                    </Show>
                  </span>
                </a>
              );
            }}
          </For>
        </div>
      )}
    </For>
  );
}

/** What the panel says when it has no hits to show: a hint, a spinner, "nothing found" or a failure. */
export function SearchState(props: {
  q: string;
  loading: boolean;
  failed: boolean;
  empty: boolean;
}): JSX.Element {
  const i18n = useT();
  return (
    <Show when={props.q !== ""} fallback={<p class="search-panel__note">{i18n.t("search.hint")}</p>}>
      <Show when={props.failed}>
        <p class="search-panel__note" role="alert">
          {i18n.t("search.failed")}
        </p>
      </Show>
      <Show when={!props.failed && props.empty}>
        <p class="search-panel__note">
          <Show when={props.loading} fallback={i18n.t("search.nothing", { q: props.q })}>
            <Spinner size="sm" /> {i18n.t("search.searching")}
          </Show>
        </p>
      </Show>
    </Show>
  );
}

// A matched field worth a line of its own: not the name or title already shown, nor the detail again.
function showsMatch(hit: SearchHit): boolean {
  const { field, value } = hit.matched;
  return field !== "name" && field !== "title" && value !== hit.detail && value !== hit.label;
}
