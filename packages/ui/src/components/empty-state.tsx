import { type JSX, Show } from "solid-js";
import { Dynamic } from "solid-js/web";

/** What an empty state says and offers. */
export type EmptyStateProps = {
  title: string;
  description?: string;
  /** An icon above the title. */
  icon?: JSX.Element;
  /** The action that fills the emptiness, e.g. an "Add client" button. */
  action?: JSX.Element;
  /** "error" tints the icon red, for a failed load. */
  tone?: "neutral" | "error";
  /** The title's element: "h1" when the empty state is the whole page, a paragraph by default. */
  titleAs?: "h1" | "h2" | "h3" | "p";
};

/**
 * Says why a list or page is empty and what to do about it.
 *
 * @example <EmptyState title={t("clients.empty")} action={<Button>{t("clients.add")}</Button>} />
 */
export function EmptyState(props: EmptyStateProps): JSX.Element {
  return (
    <div class="q-empty" data-tone={props.tone ?? "neutral"}>
      <Show when={props.icon}>
        <div class="q-empty__icon" aria-hidden="true">
          {props.icon}
        </div>
      </Show>
      <Dynamic component={props.titleAs ?? "p"} class="q-empty__title">
        {props.title}
      </Dynamic>
      <Show when={props.description}>
        <p class="q-empty__description">{props.description}</p>
      </Show>
      <Show when={props.action}>
        <div class="q-empty__action">{props.action}</div>
      </Show>
    </div>
  );
}
