import { amountMinorOf, parseDecimal, TextField } from "@quartet/ui";
import { createSignal, type JSX } from "solid-js";
import { i18n } from "../i18n/index.ts";

type Common = { label: string; error?: string | undefined; description?: string };

/** A text field for a number typed the viewer's way; `parse` turns the text into the value kept. */
function TypedNumber(
  props: Common & { initial: string; parse: (text: string) => number | null },
): JSX.Element {
  const [text, setText] = createSignal(props.initial);
  return (
    <TextField
      label={props.label}
      description={props.description}
      error={props.error}
      inputMode="decimal"
      value={text()}
      onChange={(value) => {
        setText(value);
        props.parse(value);
      }}
    />
  );
}

/**
 * A number typed the viewer's way («1 234,5»). What does not parse goes to the server as NaN,
 * which refuses it at this field. `nullable`: an empty field is null.
 */
export function NumberField(
  props: Common & { value: number | null; onChange: (value: number) => void; nullable?: boolean },
): JSX.Element {
  return (
    <TypedNumber
      label={props.label}
      description={props.description}
      error={props.error}
      initial={props.value === null ? "" : i18n.formatNumber(props.value)}
      parse={(text) => {
        const value = props.nullable && text.trim() === "" ? null : (parseDecimal(text) ?? Number.NaN);
        props.onChange(value as number);
        return value;
      }}
    />
  );
}

/** An amount typed in roubles («5 000 000»), kept in kopecks. */
export function MoneyField(
  props: Common & { valueMinor: number; onChange: (minor: number) => void },
): JSX.Element {
  return (
    <TypedNumber
      label={props.label}
      description={props.description}
      error={props.error}
      initial={i18n.formatNumber(props.valueMinor / 100, { maximumFractionDigits: 2 })}
      parse={(text) => {
        const minor = amountMinorOf(text) ?? Number.NaN;
        props.onChange(minor);
        return minor;
      }}
    />
  );
}
