import { Combobox, type FieldSpec, type SchemaText } from "@quartet/ui";
import type { JSX } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import { useOrgOptions } from "../../../lib/org-options.ts";

/** The setting an adapter keeps its exchange's time zone in (an IANA zone, e.g. `Europe/Moscow`). */
export const zoneSetting = "timeZone";

/**
 * An adapter's time zone as the organisation's time-zone field shows zones: a select of cities
 * in the viewer's language with their UTC offset, Russia's first; labelled with the adapter's words.
 */
export function PbxZoneField(props: {
  field: FieldSpec;
  value: unknown;
  onChange: (zone: string) => void;
  error: string | undefined;
}): JSX.Element {
  const i18n = useT();
  const options = useOrgOptions();
  const say = (text: SchemaText | undefined) =>
    text === undefined || typeof text === "string" ? text : i18n.localized(text);
  return (
    <Combobox
      label={say(props.field.title) ?? props.field.key}
      description={say(props.field.description)}
      options={options.timeZones()}
      value={String(props.value ?? "")}
      onChange={props.onChange}
      error={props.error}
    />
  );
}
