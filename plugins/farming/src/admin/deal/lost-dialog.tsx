import { FormDialog, Select, TextField } from "@quartet/ui";
import { createSignal, type JSX } from "solid-js";
import { i18n } from "../i18n/index.ts";

const reasons = ["price", "competitor", "no-budget", "no-need", "timing", "other"] as const;

/** Why a deal was lost: a reason from the list and a note (which «Other» needs). */
export type LostReason = (typeof reasons)[number];

/** Asks why a deal was lost; the server's refusal (a missing note) shows in the dialog. */
export function LostDialog(props: {
  open: boolean;
  busy: boolean;
  error: string | null;
  onSubmit: (reason: LostReason, note: string) => void;
  onClose: () => void;
}): JSX.Element {
  const [reason, setReason] = createSignal<LostReason>("price");
  const [note, setNote] = createSignal("");
  return (
    <FormDialog
      open={props.open}
      onOpenChange={(open) => !open && props.onClose()}
      onOpen={() => {
        setReason("price");
        setNote("");
      }}
      title={i18n.t("deal.lost.title")}
      submitLabel={i18n.t("deal.lost.submit")}
      busy={props.busy}
      error={props.error}
      onSubmit={() => props.onSubmit(reason(), note())}
    >
      <Select
        label={i18n.t("deal.lost.reason")}
        options={reasons.map((r) => ({ value: r, label: i18n.t(`deal.lost.reasons.${r}`) }))}
        value={reason()}
        onChange={(value) => setReason(value as LostReason)}
      />
      <TextField
        label={i18n.t("deal.lost.note")}
        description={i18n.t("deal.lost.noteHint")}
        multiline
        value={note()}
        onChange={setNote}
      />
    </FormDialog>
  );
}
