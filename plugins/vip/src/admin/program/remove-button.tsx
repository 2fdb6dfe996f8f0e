import { Button, IconTrash } from "@quartet/ui";
import type { JSX } from "solid-js";
import { i18n } from "../i18n/index.ts";

/** A trash-can button that removes one row of the editor. */
export function RemoveButton(props: {
  label?: string;
  disabled?: boolean;
  onClick: () => void;
}): JSX.Element {
  return (
    <Button
      variant="ghost"
      size="sm"
      aria-label={props.label ?? i18n.t("remove")}
      disabled={props.disabled}
      icon={<IconTrash />}
      onClick={() => props.onClick()}
    />
  );
}
