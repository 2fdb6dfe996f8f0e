import { createUniqueId, type JSX, Show } from "solid-js";

/** A card's header parts and body. */
export type CardProps = {
  /** The heading; the card becomes a labelled region. */
  title?: string;
  /** A line under the title. */
  description?: string;
  /** Buttons or links at the right of the header. */
  actions?: JSX.Element;
  /** "flush" removes the body padding, for tables that run edge to edge. */
  padding?: "normal" | "flush";
  class?: string;
  children?: JSX.Element;
};

/**
 * A bordered surface grouping related content, with an optional header.
 *
 * @example <Card title={t("status.plugins")} actions={<Button>…</Button>}>…</Card>
 */
export function Card(props: CardProps): JSX.Element {
  const titleId = createUniqueId();
  return (
    <section
      class={`q-card${props.class ? ` ${props.class}` : ""}`}
      aria-labelledby={props.title ? titleId : undefined}
    >
      <Show when={props.title || props.actions}>
        <header class="q-card__header">
          <div class="q-card__heading">
            <Show when={props.title}>
              <h2 id={titleId} class="q-card__title">
                {props.title}
              </h2>
            </Show>
            <Show when={props.description}>
              <p class="q-card__description">{props.description}</p>
            </Show>
          </div>
          <Show when={props.actions}>
            <div class="q-card__actions">{props.actions}</div>
          </Show>
        </header>
      </Show>
      <div class="q-card__body" data-padding={props.padding ?? "normal"}>
        {props.children}
      </div>
    </section>
  );
}
