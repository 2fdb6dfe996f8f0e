import { Button, IconPlus } from "@quartet/ui";
import type { JSX } from "solid-js";

/** A small "add one more" button under a list of the editor. */
export function AddButton(props: { label: string; onClick: () => void }): JSX.Element {
  return (
    <div>
      <Button size="sm" icon={<IconPlus />} onClick={() => props.onClick()}>
        {props.label}
      </Button>
    </div>
  );
}
