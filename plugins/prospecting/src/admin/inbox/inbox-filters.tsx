import { Select, TextField } from "@quartet/ui";
import { createSignal, type JSX } from "solid-js";
import { i18n } from "../i18n/index.ts";

/** The inbox's filters: status (new by default), channel, source. */
export type InboxFilter = {
  status: "new" | "qualified" | "merged" | "dismissed";
  channel: "" | "web-form" | "telegram" | "call" | "manual";
  source: string;
};

const statuses = ["new", "qualified", "merged", "dismissed"] as const;
const channels = ["web-form", "telegram", "call", "manual"] as const;

/** The filter bar: status and channel apply at once, the source on Enter or when leaving the field. */
export function InboxFilters(props: {
  value: InboxFilter;
  onChange: (value: InboxFilter) => void;
}): JSX.Element {
  const [source, setSource] = createSignal(props.value.source);
  const applySource = () => {
    if (source().trim() !== props.value.source) props.onChange({ ...props.value, source: source().trim() });
  };
  return (
    <fieldset class="pr-filters pr-bare">
      <legend class="q-visually-hidden">{i18n.t("inbox.filters")}</legend>
      <Select
        label={i18n.t("inbox.status")}
        options={statuses.map((s) => ({ value: s, label: i18n.t(`status.${s}`) }))}
        value={props.value.status}
        onChange={(status) => props.onChange({ ...props.value, status: status as InboxFilter["status"] })}
      />
      <Select
        label={i18n.t("inbox.channel")}
        options={[
          { value: "any", label: i18n.t("inbox.anyChannel") },
          ...channels.map((c) => ({ value: c, label: i18n.t(`channel.${c}`) })),
        ]}
        value={props.value.channel || "any"}
        onChange={(channel) =>
          props.onChange({
            ...props.value,
            channel: channel === "any" ? "" : (channel as InboxFilter["channel"]),
          })
        }
      />
      <TextField
        label={i18n.t("inbox.source")}
        type="search"
        value={source()}
        onChange={setSource}
        onEnter={applySource}
        onBlur={applySource}
      />
    </fieldset>
  );
}
