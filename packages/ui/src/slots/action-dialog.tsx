import { createSignal, type JSX } from "solid-js";
import { Button } from "../components/button.tsx";
import { FormDialog } from "../components/form-dialog.tsx";
import { IconPlus } from "../components/icons.tsx";

/**
 * A `client.actions` button and the dialog it opens: the button names the action, the dialog
 * holds the plugin's fields; `onSubmit` answers true when the change is done, which closes it.
 *
 * @example <ActionDialog label={t("newDeal.open")} title={t("newDeal.title")} submitLabel={t("newDeal.submit")} busy={busy()} error={error()} onSubmit={create}>…</ActionDialog>
 */
export function ActionDialog(props: {
  label: string;
  title: string;
  submitLabel: string;
  busy: boolean;
  error: string | null;
  /** Resets the fields each time the dialog opens. */
  onOpen?: () => void;
  onSubmit: () => Promise<boolean>;
  children: JSX.Element;
}): JSX.Element {
  const [open, setOpen] = createSignal(false);
  return (
    <>
      <Button variant="secondary" size="sm" icon={<IconPlus />} onClick={() => setOpen(true)}>
        {props.label}
      </Button>
      <FormDialog
        open={open()}
        onOpenChange={setOpen}
        onOpen={props.onOpen}
        title={props.title}
        submitLabel={props.submitLabel}
        busy={props.busy}
        error={props.error}
        onSubmit={async () => {
          if (await props.onSubmit()) setOpen(false);
        }}
      >
        {props.children}
      </FormDialog>
    </>
  );
}
