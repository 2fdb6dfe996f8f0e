import { type JSX, Show } from "solid-js";

/**
 * The top of a page: its title, a line under it and its buttons; `children` go below, such as the
 * section's `ViewLinks`.
 *
 * @example <PageHeader title={t("day.title")} subtitle={t("day.today")} actions={<Button>…</Button>} />
 */
export function PageHeader(props: {
  title: string;
  subtitle?: string | undefined;
  actions?: JSX.Element;
  children?: JSX.Element;
}): JSX.Element {
  return (
    <>
      <div class="q-page-header">
        <div class="q-stack q-gap-1">
          <h1>{props.title}</h1>
          <Show when={props.subtitle}>
            <p class="q-muted">{props.subtitle}</p>
          </Show>
        </div>
        <Show when={props.actions}>
          <div class="q-row">{props.actions}</div>
        </Show>
      </div>
      {props.children}
    </>
  );
}
