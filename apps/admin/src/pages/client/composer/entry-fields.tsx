import { type SalesFunction, Select, salesFunctions, TextField } from "@quartet/ui";
import { type JSX, Show } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import { type ComposerDraft, type ComposerTab, callResults } from "./composer-draft.ts";

/** The value of "no particular function" in a select (Kobalte needs a non-empty key). */
const none = "*";

const bodyLabel: Record<
  Exclude<ComposerTab, "task">,
  "noteBody" | "callBody" | "meetingBody" | "messageBody"
> = {
  note: "noteBody",
  call: "callBody",
  meeting: "meetingBody",
  message: "messageBody",
};

/** The fields of an entry: a call's result and duration, a message's channel, the text and the function. */
export function EntryFields(props: {
  draft: ComposerDraft;
  set: <K extends keyof ComposerDraft>(key: K, value: ComposerDraft[K]) => void;
  errors: Record<string, string>;
}): JSX.Element {
  const i18n = useT();
  const tab = () => props.draft.tab as Exclude<ComposerTab, "task">;
  return (
    <>
      <Show when={props.draft.tab === "call"}>
        <div class="composer__row">
          <Select
            label={i18n.t("clientPage.composer.result")}
            options={callResults.map((r) => ({
              value: r,
              label: i18n.t(`clientPage.composer.results.${r}`),
            }))}
            value={props.draft.result}
            onChange={(value) => props.set("result", value as ComposerDraft["result"])}
            error={props.errors["call.result"]}
          />
          <TextField
            label={i18n.t("clientPage.composer.duration")}
            inputMode="decimal"
            placeholder="7:30"
            value={props.draft.duration}
            onChange={(value) => props.set("duration", value)}
            error={props.errors["call.durationSec"]}
          />
        </div>
      </Show>
      <Show when={props.draft.tab === "message"}>
        <Select
          label={i18n.t("clientPage.composer.channel")}
          options={(["message", "email"] as const).map((c) => ({
            value: c,
            label: i18n.t(`clientPage.composer.channels.${c}`),
          }))}
          value={props.draft.channel}
          onChange={(value) => props.set("channel", value === "email" ? "email" : "message")}
        />
      </Show>
      <TextField
        label={i18n.t(`clientPage.composer.${bodyLabel[tab()]}`)}
        multiline
        value={props.draft.body}
        onChange={(value) => props.set("body", value)}
        error={props.errors.body}
      />
      <FunctionSelect value={props.draft.function} onChange={(fn) => props.set("function", fn)} />
    </>
  );
}

/** Which function an entry or a task belongs to, or none in particular. */
export function FunctionSelect(props: {
  value: SalesFunction | null;
  onChange: (fn: SalesFunction | null) => void;
}): JSX.Element {
  const i18n = useT();
  return (
    <Select
      label={i18n.t("clientPage.function")}
      options={[
        { value: none, label: i18n.t("clientPage.noFunction") },
        ...salesFunctions.map((f) => ({ value: f, label: i18n.t(`functions.${f}`) })),
      ]}
      value={props.value ?? none}
      onChange={(value) => props.onChange(value === none ? null : (value as SalesFunction))}
      class="composer__function"
    />
  );
}
