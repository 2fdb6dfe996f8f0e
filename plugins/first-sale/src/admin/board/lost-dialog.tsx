import { Button, Callout, Dialog, Select, TextField } from "@quartet/ui";
import { createSignal, type JSX, Show } from "solid-js";
import { i18n } from "../i18n/index.ts";

/** A lost reason as the server's policy lists it. */
export type LostReasonOption = { key: string; label: { ru: string; en: string } };

/**
 * Asks why a deal was lost before moving it to the lost stage. The reason is not checked here:
 * the server is the one rule-keeper, and its refusal is shown in the dialog.
 */
export function LostDialog(props: {
  open: boolean;
  reasons: readonly LostReasonOption[];
  error: string | null;
  busy: boolean;
  onSubmit: (reason: string | null, note: string | null) => void;
  onClose: () => void;
}): JSX.Element {
  const [reason, setReason] = createSignal<string>("");
  const [note, setNote] = createSignal("");
  const options = () => props.reasons.map((r) => ({ value: r.key, label: r.label[i18n.locale()] }));
  return (
    <Dialog
      open={props.open}
      onOpenChange={(open) => !open && props.onClose()}
      title={i18n.t("lost.title")}
      footer={
        <>
          <Button variant="secondary" onClick={() => props.onClose()}>
            {i18n.t("lost.cancel")}
          </Button>
          <Button
            variant="danger"
            loading={props.busy}
            onClick={() => props.onSubmit(reason() || null, note().trim() || null)}
          >
            {i18n.t("lost.submit")}
          </Button>
        </>
      }
    >
      <Select label={i18n.t("lost.reason")} options={options()} value={reason()} onChange={setReason} />
      <TextField label={i18n.t("lost.note")} value={note()} onChange={setNote} />
      <Show when={props.error}>{(message) => <Callout tone="danger">{message()}</Callout>}</Show>
    </Dialog>
  );
}
