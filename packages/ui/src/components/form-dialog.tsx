import { createEffect, type JSX, on, Show } from "solid-js";
import { uiText } from "../i18n/ui-messages.ts";
import { Button } from "./button.tsx";
import { Dialog } from "./dialog.tsx";

/** A form dialog's texts, state and handlers. */
export type FormDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: string;
  size?: "md" | "lg";
  /** The primary button's text. */
  submitLabel: string;
  /** Runs on the primary button and on Enter in a field. */
  onSubmit: () => unknown;
  /** Shows a spinner on the primary button. */
  busy?: boolean;
  /** A message for the whole form (one a field cannot show), above the fields. */
  error?: string | null;
  /** Runs each time the dialog opens: reset the form here. */
  onOpen?: () => void;
  /** Content at the start of the footer, e.g. a running total. */
  footerStart?: JSX.Element;
  children?: JSX.Element;
};

/**
 * A modal form: the fields, a form-wide message above them, Cancel and the primary button at the
 * bottom; Enter in a field submits, and the form resets on each opening through `onOpen`.
 *
 * @example <FormDialog open={open()} onOpenChange={setOpen} title={t("contacts.add")} submitLabel={t("common.save")} busy={form.busy()} error={form.formError()} onSubmit={save}>…</FormDialog>
 */
export function FormDialog(props: FormDialogProps): JSX.Element {
  createEffect(
    on(
      () => props.open,
      (open) => {
        if (open) props.onOpen?.();
      },
    ),
  );
  return (
    <Dialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      title={props.title}
      description={props.description}
      size={props.size}
      footer={
        <>
          {props.footerStart}
          <Button variant="secondary" onClick={() => props.onOpenChange(false)}>
            {uiText().t("cancel")}
          </Button>
          <Button variant="primary" loading={props.busy} onClick={() => void props.onSubmit()}>
            {props.submitLabel}
          </Button>
        </>
      }
    >
      <form
        class="q-form-dialog"
        onSubmit={(event) => {
          event.preventDefault();
          void props.onSubmit();
        }}
      >
        <Show when={props.error}>
          <p class="q-error" role="alert">
            {props.error}
          </p>
        </Show>
        {props.children}
        <button type="submit" hidden />
      </form>
    </Dialog>
  );
}
