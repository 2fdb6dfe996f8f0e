import { FormDialog, Select, showToast, TextField } from "@quartet/ui";
import { createSignal, type JSX } from "solid-js";
import { useFarmingApi } from "../api.ts";
import type { CoreMember } from "../core-api.ts";
import { i18n } from "../i18n/index.ts";
import { createBusy } from "../shared/busy.ts";

/**
 * Moves the chosen clients to another farmer through core's handoff: the farmer and a note for them
 * (both required); the toast says how many were sent and how many skipped.
 */
export function MoveDialog(props: {
  open: boolean;
  clientIds: readonly string[];
  members: readonly CoreMember[];
  onClose: () => void;
  onMoved: () => void;
}): JSX.Element {
  const api = useFarmingApi();
  const [farmer, setFarmer] = createSignal("");
  const [note, setNote] = createSignal("");
  const [errors, setErrors] = createSignal<{ farmer?: string; note?: string; form?: string }>({});
  const saving = createBusy();
  const submit = async () => {
    const found = {
      ...(farmer() ? {} : { farmer: i18n.t("portfolio.chooseFarmer") }),
      ...(note().trim() ? {} : { note: i18n.t("portfolio.noteRequired") }),
    };
    setErrors(found);
    if (Object.keys(found).length) return;
    const move = async () => {
      const result = await api.accounts.move.mutate({
        clientIds: [...props.clientIds],
        toFarmerId: farmer(),
        note: note().trim(),
      });
      showToast({
        title: i18n.t("portfolio.moved", { count: result.moved.length }),
        ...(result.skipped.length
          ? { description: i18n.t("portfolio.skipped", { count: result.skipped.length }) }
          : {}),
        tone: "success",
      });
    };
    if (await saving.run(move, (form) => setErrors({ form }))) props.onMoved();
  };
  return (
    <FormDialog
      open={props.open}
      onOpenChange={(open) => !open && props.onClose()}
      onOpen={() => {
        setFarmer("");
        setNote("");
        setErrors({});
      }}
      title={i18n.t("portfolio.moveTitle")}
      description={i18n.t("portfolio.moveDescription")}
      submitLabel={i18n.t("portfolio.moveSubmit")}
      busy={saving.busy()}
      error={errors().form ?? null}
      onSubmit={submit}
    >
      <Select
        label={i18n.t("portfolio.toFarmer")}
        placeholder={i18n.t("portfolio.chooseFarmer")}
        options={props.members.map((m) => ({ value: m.userId, label: m.name }))}
        value={farmer()}
        onChange={setFarmer}
        error={errors().farmer}
      />
      <TextField
        label={i18n.t("portfolio.note")}
        multiline
        value={note()}
        onChange={setNote}
        error={errors().note}
      />
    </FormDialog>
  );
}
