import type { JSX } from "solid-js";
import { uiText } from "../i18n/ui-messages.ts";

/**
 * A small rotating indicator announced to screen readers as a status.
 *
 * @example <Spinner label={t("clients.loading")} />
 */
export function Spinner(props: { size?: "sm" | "md" | "lg"; label?: string }): JSX.Element {
  return (
    <span class="q-spinner" data-size={props.size ?? "md"} role="status">
      <svg viewBox="0 0 24 24" aria-hidden="true">
        <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="3" opacity="0.2" />
        <path
          d="M21 12a9 9 0 0 0-9-9"
          fill="none"
          stroke="currentColor"
          stroke-width="3"
          stroke-linecap="round"
        />
      </svg>
      <span class="q-visually-hidden">{props.label ?? uiText().t("loading")}</span>
    </span>
  );
}
