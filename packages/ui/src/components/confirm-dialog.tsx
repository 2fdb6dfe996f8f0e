// Named parts, not the `AlertDialog` object, which shares its root (and `.Content`) with `Dialog`.
import * as AlertDialog from "@kobalte/core/alert-dialog";
import { createSignal, type JSX, Show } from "solid-js";
import { uiText } from "../i18n/ui-messages.ts";
import { Button } from "./button.tsx";

/** A confirmation: its texts, its tone and the action it guards. */
export type ConfirmDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: string;
  confirmLabel: string;
  cancelLabel?: string;
  /** "danger" paints the confirm button red for destructive actions. */
  tone?: "default" | "danger";
  /** Runs on confirm; the dialog stays open with a spinner until the promise settles, then closes. */
  onConfirm: () => unknown;
  /** Extra content under the description, e.g. the list of plugins enabled along. */
  children?: JSX.Element;
};

/**
 * A modal confirmation (Kobalte AlertDialog): focus is trapped, Escape cancels, focus returns after.
 *
 * @example <ConfirmDialog open={open()} onOpenChange={setOpen} title={t("plugins.disable")} confirmLabel={t("common.disable")} tone="danger" onConfirm={disable} />
 */
export function ConfirmDialog(props: ConfirmDialogProps): JSX.Element {
  const [busy, setBusy] = createSignal(false);
  const confirm = async () => {
    setBusy(true);
    try {
      await props.onConfirm();
      props.onOpenChange(false);
    } finally {
      setBusy(false);
    }
  };
  return (
    <AlertDialog.Root open={props.open} onOpenChange={(open) => !busy() && props.onOpenChange(open)}>
      {/* Mounted only while open: closing unmounts at once instead of waiting for an animation
          event that a busy or hidden tab may never deliver (there is no exit animation). */}
      <Show when={props.open}>
        <AlertDialog.Portal>
          <AlertDialog.Overlay class="q-dialog__overlay" />
          <div class="q-dialog__positioner">
            <AlertDialog.Content class="q-dialog">
              <AlertDialog.Title class="q-dialog__title">{props.title}</AlertDialog.Title>
              <Show when={props.description}>
                <AlertDialog.Description class="q-dialog__description">
                  {props.description}
                </AlertDialog.Description>
              </Show>
              {props.children}
              <div class="q-dialog__actions">
                <Button variant="secondary" disabled={busy()} onClick={() => props.onOpenChange(false)}>
                  {props.cancelLabel ?? uiText().t("cancel")}
                </Button>
                <Button
                  variant={props.tone === "danger" ? "danger" : "primary"}
                  loading={busy()}
                  onClick={confirm}
                >
                  {props.confirmLabel}
                </Button>
              </div>
            </AlertDialog.Content>
          </div>
        </AlertDialog.Portal>
      </Show>
    </AlertDialog.Root>
  );
}
