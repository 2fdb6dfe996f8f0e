import { Button, FormDialog, TextField } from "@quartet/ui";
import { createSignal, type JSX, Show } from "solid-js";
import type { ClientCard } from "../api.ts";
import { useVipApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { errorText } from "../shared/errors.ts";
import { useCan } from "../shared/permissions.ts";
import { date } from "../shared/words.ts";

type Standing = NonNullable<ClientCard["standing"]>;

/** The account review: last and next dates, a due warning, and "Review done" with what was agreed. */
export function ReviewPart(props: { clientId: string; standing: Standing; onDone: () => void }): JSX.Element {
  const api = useVipApi();
  const can = useCan();
  const [open, setOpen] = createSignal(false);
  const [note, setNote] = createSignal("");
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const submit = async () => {
    setBusy(true);
    try {
      await api.reviews.complete.mutate({ clientId: props.clientId, note: note().trim() });
      setOpen(false);
      setNote("");
      props.onDone();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="vip-section" data-part="review">
      <h3>{i18n.t("client.review")}</h3>
      <div class="vip-row-between">
        <span class="vip-cell-stack">
          <Show when={props.standing.lastReviewOn}>
            {(d) => <span class="vip-hint">{i18n.t("client.lastReview", { date: date(d()) })}</span>}
          </Show>
          <span class={props.standing.reviewDue ? "vip-warn" : undefined}>
            {props.standing.reviewDue
              ? i18n.t("client.reviewDue")
              : i18n.t("client.nextReview", { date: date(props.standing.nextReviewOn) })}
          </span>
        </span>
        <Show when={can("reviewsWrite")}>
          <Button size="sm" onClick={() => setOpen(true)}>
            {i18n.t("client.reviewDone")}
          </Button>
        </Show>
      </div>
      <FormDialog
        open={open()}
        onOpenChange={setOpen}
        title={i18n.t("client.reviewDone")}
        submitLabel={i18n.t("client.reviewDone")}
        busy={busy()}
        error={error()}
        onSubmit={() => void submit()}
      >
        <TextField label={i18n.t("client.note")} multiline value={note()} onChange={setNote} required />
      </FormDialog>
    </section>
  );
}
