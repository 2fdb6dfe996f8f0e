import { Toast, toaster } from "@kobalte/core/toast";
import { type JSX, Show } from "solid-js";
import { uiText } from "../i18n/ui-messages.ts";

/** The feel of a toast. */
export type ToastTone = "info" | "success" | "error";

/** Where toasts appear; render once in the shell. */
export function ToastRegion(): JSX.Element {
  return (
    <Toast.Region class="q-toast-region" aria-label={uiText().t("notifications")} duration={5000} limit={3}>
      <Toast.List class="q-toast-list" />
    </Toast.Region>
  );
}

/**
 * Shows a short, dismissible message; returns its id.
 *
 * @example showToast({ title: t("plugins.enabled"), tone: "success" })
 */
export function showToast(message: { title: string; description?: string; tone?: ToastTone }): number {
  return toaster.show((props) => (
    <Toast toastId={props.toastId} class="q-toast" data-tone={message.tone ?? "info"}>
      <div class="q-toast__text">
        <Toast.Title class="q-toast__title">{message.title}</Toast.Title>
        <Show when={message.description}>
          <Toast.Description class="q-toast__description">{message.description}</Toast.Description>
        </Show>
      </div>
      <Toast.CloseButton class="q-toast__close" aria-label={uiText().t("close")}>
        <svg viewBox="0 0 16 16" aria-hidden="true">
          <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="1.5" />
        </svg>
      </Toast.CloseButton>
    </Toast>
  ));
}
