import { type JSX, Show } from "solid-js";
import { Dynamic } from "solid-js/web";
import { type Icon, IconAlert, IconCheck, IconInfo } from "./icons.tsx";

/** The feel of a callout. */
export type CalloutTone = "info" | "success" | "warning" | "danger";

const icons: Record<CalloutTone, Icon> = {
  info: IconInfo,
  success: IconCheck,
  warning: IconAlert,
  danger: IconAlert,
};

/**
 * A message inside a page or form: a warning, an error the user must read, a success with
 * something to keep (a link, a key). Danger callouts are announced (`role="alert"`).
 *
 * @example <Callout tone="warning" title={t("apiKeys.once")}>…</Callout>
 */
export function Callout(props: {
  tone?: CalloutTone;
  title?: string;
  children?: JSX.Element;
  action?: JSX.Element;
  class?: string;
}): JSX.Element {
  const tone = () => props.tone ?? "info";
  return (
    <div
      class={`q-callout${props.class ? ` ${props.class}` : ""}`}
      data-tone={tone()}
      role={tone() === "danger" ? "alert" : undefined}
    >
      <Dynamic component={icons[tone()]} size={16} class="q-callout__icon" />
      <div class="q-callout__body">
        <Show when={props.title}>
          <p class="q-callout__title">{props.title}</p>
        </Show>
        <Show when={props.children}>
          <div class="q-callout__text">{props.children}</div>
        </Show>
      </div>
      <Show when={props.action}>
        <div class="q-callout__action">{props.action}</div>
      </Show>
    </div>
  );
}
