// The module's named parts, not its `Dialog` object: Kobalte builds `Dialog` and `AlertDialog` by
// Object.assign on one shared root, so whichever loads last sets `.Content` (and its role) for both.
import * as KDialog from "@kobalte/core/dialog";
import { type JSX, Show } from "solid-js";
import { uiText } from "../i18n/ui-messages.ts";
import { IconClose } from "./icons.tsx";

/** A modal's texts, width and content. */
export type DialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: string;
  /** "md" (480 px) by default; "lg" (640 px) for forms with lists, such as a role's permissions. */
  size?: "md" | "lg";
  /** Buttons at the bottom, right-aligned. */
  footer?: JSX.Element;
  children?: JSX.Element;
};

/**
 * A modal window for a form or a longer confirmation (Kobalte Dialog): focus is trapped,
 * Escape and the close button dismiss it, focus returns to the opener.
 *
 * @example <Dialog open={open()} onOpenChange={setOpen} title={t("roles.create")} footer={<Button>…</Button>}>…</Dialog>
 */
export function Dialog(props: DialogProps): JSX.Element {
  return (
    <KDialog.Root open={props.open} onOpenChange={props.onOpenChange}>
      {/* Mounted only while open: closing unmounts at once instead of waiting for an animation
          event that a busy or hidden tab may never deliver (there is no exit animation). */}
      <Show when={props.open}>
        <KDialog.Portal>
          <KDialog.Overlay class="q-dialog__overlay" />
          <div class="q-dialog__positioner">
            <KDialog.Content class="q-dialog" data-size={props.size ?? "md"}>
              <header class="q-dialog__header">
                <div class="q-stack q-gap-1">
                  <KDialog.Title class="q-dialog__title">{props.title}</KDialog.Title>
                  <Show when={props.description}>
                    <KDialog.Description class="q-dialog__description">
                      {props.description}
                    </KDialog.Description>
                  </Show>
                </div>
                <KDialog.CloseButton class="q-dialog__close" aria-label={uiText().t("close")}>
                  <IconClose size={16} />
                </KDialog.CloseButton>
              </header>
              <div class="q-dialog__body">{props.children}</div>
              <Show when={props.footer}>
                <div class="q-dialog__actions">{props.footer}</div>
              </Show>
            </KDialog.Content>
          </div>
        </KDialog.Portal>
      </Show>
    </KDialog.Root>
  );
}
