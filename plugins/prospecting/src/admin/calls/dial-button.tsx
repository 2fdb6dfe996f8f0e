import { Button, showToast } from "@quartet/ui";
import { createSignal, type JSX } from "solid-js";
import { failureOf, useCoreApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";

/**
 * «Позвонить» through the organisation's PBX: it rings the caller's own phone first, then the
 * client (`core.telephony.startCall`). A refusal (keys wrong, the provider down) is a toast in the
 * server's words; the number beside it stays a `tel:` link.
 */
export function DialButton(props: { phone: string; onDialled: () => void }): JSX.Element {
  const core = useCoreApi();
  const [busy, setBusy] = createSignal(false);
  const dial = async () => {
    setBusy(true);
    try {
      await core.telephony.startCall.mutate({ to: props.phone });
      showToast({ title: i18n.t("calls.dialling"), description: i18n.t("calls.diallingHint") });
      props.onDialled();
    } catch (cause) {
      showToast({ title: failureOf(cause).message, tone: "error" });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="primary" size="sm" class="pr-dial" disabled={busy()} onClick={() => void dial()}>
      {i18n.t("calls.dial")}
    </Button>
  );
}
