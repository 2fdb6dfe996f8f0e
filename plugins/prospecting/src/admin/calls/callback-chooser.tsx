import { Button, Callout, Dialog, TextField } from "@quartet/ui";
import { createSignal, type JSX, Show } from "solid-js";
import { i18n } from "../i18n/index.ts";

const hourMs = 3_600_000;

/**
 * "Call back" always asks when: in an hour, tomorrow morning (`morningAt`, the organisation's
 * working-day start tomorrow, shown in its zone), or a date and time the caller picks (read on the
 * caller's own clock, never in the past). Choosing calls `onChoose` with the instant.
 */
export function CallbackChooser(props: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  morningAt: number;
  timeZone: string;
  onChoose: (at: number) => void;
}): JSX.Element {
  const [date, setDate] = createSignal("");
  const [time, setTime] = createSignal("");
  const [error, setError] = createSignal<string | null>(null);
  const clock = (at: number, zone?: string) =>
    i18n.formatDate(at, {
      weekday: "short",
      day: "numeric",
      month: "short",
      hour: "2-digit",
      minute: "2-digit",
      timeZone: zone,
    });
  const book = () => {
    const at = date() && time() ? new Date(`${date()}T${time()}`).getTime() : Number.NaN;
    if (!(at > Date.now())) {
      setError(i18n.t("calls.futureOnly"));
      return;
    }
    props.onChoose(at);
  };
  return (
    <Dialog
      open={props.open}
      onOpenChange={(open) => {
        setError(null);
        props.onOpenChange(open);
      }}
      title={i18n.t("calls.callbackTitle")}
      description={i18n.t("calls.callbackHint")}
      footer={
        <Button variant="primary" onClick={book}>
          {i18n.t("calls.book")}
        </Button>
      }
    >
      <div class="pr-callback">
        <div class="pr-callback__quick">
          <Button variant="secondary" onClick={() => props.onChoose(Date.now() + hourMs)}>
            <span class="pr-callback__choice">
              {i18n.t("calls.inAnHour")}
              <small>{clock(Date.now() + hourMs)}</small>
            </span>
          </Button>
          <Button variant="secondary" onClick={() => props.onChoose(props.morningAt)}>
            <span class="pr-callback__choice">
              {i18n.t("calls.tomorrowMorning")}
              <small>{clock(props.morningAt, props.timeZone)}</small>
            </span>
          </Button>
        </div>
        <fieldset class="pr-callback__pick">
          <legend>{i18n.t("calls.pickTime")}</legend>
          <TextField label={i18n.t("calls.date")} type="date" value={date()} onChange={setDate} />
          <TextField
            label={i18n.t("calls.time")}
            type="time"
            value={time()}
            onChange={setTime}
            onEnter={book}
          />
        </fieldset>
        <Show when={error()}>{(message) => <Callout tone="danger">{message()}</Callout>}</Show>
      </div>
    </Dialog>
  );
}
