import { TextField } from "@quartet/ui";
import type { JSX } from "solid-js";
import { useT } from "../../i18n/index.ts";

/** The email field of the signed-out forms: labelled, typed for email, filled by the browser. */
export function EmailField(props: {
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  placeholder?: boolean;
}): JSX.Element {
  const i18n = useT();
  return (
    <TextField
      label={i18n.t("auth.email")}
      type="email"
      autocomplete="email"
      placeholder={props.placeholder ? i18n.t("auth.emailPlaceholder") : undefined}
      value={props.value}
      onChange={props.onChange}
      error={props.error}
      required
    />
  );
}
