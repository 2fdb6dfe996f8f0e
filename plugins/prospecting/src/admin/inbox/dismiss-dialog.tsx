import { Button, Callout, Dialog, RadioCards, TextField } from "@quartet/ui";
import { createSignal, type JSX, Show } from "solid-js";
import { failureOf } from "../api.ts";
import { i18n } from "../i18n/index.ts";

const reasons = ["spam", "not-interested", "wrong-contact", "duplicate", "other"] as const;
type Reason = (typeof reasons)[number];

/** Asks why a request is dismissed: spam, not interested, a wrong contact, a repeat, or words of one's own. */
export function DismissDialog(props: {
  open: boolean;
  onClose: () => void;
  onDismiss: (reason: string) => Promise<void>;
}): JSX.Element {
  const [reason, setReason] = createSignal<Reason>("spam");
  const [other, setOther] = createSignal("");
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const text = () => (reason() === "other" ? other() : i18n.t(`request.dismissReasons.${reason()}`));
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await props.onDismiss(text());
    } catch (cause) {
      const failure = failureOf(cause);
      setError(failure.fields.reason ?? failure.message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      open={props.open}
      onOpenChange={(open) => !open && props.onClose()}
      title={i18n.t("request.dismissTitle")}
      footer={
        <>
          <Button onClick={() => props.onClose()}>{i18n.t("common.cancel")}</Button>
          <Button variant="danger" loading={busy()} onClick={() => void submit()}>
            {i18n.t("request.dismiss")}
          </Button>
        </>
      }
    >
      <RadioCards
        label={i18n.t("request.dismissReason")}
        options={reasons.map((r) => ({ value: r, label: i18n.t(`request.dismissReasons.${r}`) }))}
        value={reason()}
        onChange={(value) => setReason(value as Reason)}
      />
      <Show when={reason() === "other"}>
        <TextField label={i18n.t("request.reasonText")} value={other()} onChange={setOther} autofocus />
      </Show>
      <Show when={error()}>{(message) => <Callout tone="danger">{message()}</Callout>}</Show>
    </Dialog>
  );
}
