import { Button as KButton } from "@kobalte/core/button";
import { type JSX, Show, splitProps } from "solid-js";
import { uiText } from "../i18n/ui-messages.ts";
import { Spinner } from "./spinner.tsx";

/** How much a button stands out: one primary action per view, danger for destructive ones. */
export type ButtonVariant = "primary" | "secondary" | "ghost" | "danger";
/** Control height: 28, 34 or 40 px. */
export type ButtonSize = "sm" | "md" | "lg";

/** A native button's attributes plus variant, size, loading and a leading icon. */
export type ButtonProps = Omit<JSX.ButtonHTMLAttributes<HTMLButtonElement>, "disabled"> & {
  variant?: ButtonVariant;
  size?: ButtonSize;
  disabled?: boolean;
  /** Shows a spinner and blocks clicks while an action runs. */
  loading?: boolean;
  /** An icon before the label. */
  icon?: JSX.Element;
  /** An icon after the label, such as an arrow on "Next". */
  iconEnd?: JSX.Element;
};

/**
 * An accessible button (Kobalte) in the design system's variants.
 *
 * @example <Button variant="primary" onClick={save}>{t("common.save")}</Button>
 */
export function Button(props: ButtonProps): JSX.Element {
  const [local, rest] = splitProps(props, [
    "variant",
    "size",
    "loading",
    "disabled",
    "icon",
    "iconEnd",
    "children",
    "class",
  ]);
  return (
    <KButton
      {...rest}
      class={`q-button${local.class ? ` ${local.class}` : ""}`}
      data-variant={local.variant ?? "secondary"}
      data-size={local.size ?? "md"}
      disabled={local.disabled || local.loading}
      aria-busy={local.loading ? "true" : undefined}
    >
      <Show when={local.loading} fallback={local.icon}>
        <Spinner size="sm" label={uiText().t("loading")} />
      </Show>
      <Show when={local.children !== undefined}>
        <span class="q-button__label">{local.children}</span>
      </Show>
      {local.iconEnd}
    </KButton>
  );
}
