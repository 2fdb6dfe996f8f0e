import type { JSX } from "solid-js";
import { Button } from "./button.tsx";
import { IconEdit, IconTrash } from "./icons.tsx";

/**
 * The edit and remove icon buttons at the end of a list row; each label names the row for screen
 * readers ("Edit Irina Petrova"), as an icon says nothing by itself.
 *
 * @example <RowActions editLabel={t("contacts.editNamed", { name })} removeLabel={t("contacts.removeNamed", { name })} onEdit={edit} onRemove={remove} />
 */
export function RowActions(props: {
  editLabel: string;
  removeLabel: string;
  onEdit: () => void;
  onRemove: () => void;
  class?: string;
}): JSX.Element {
  return (
    <div class={props.class}>
      <Button
        variant="ghost"
        size="sm"
        icon={<IconEdit />}
        aria-label={props.editLabel}
        onClick={() => props.onEdit()}
      />
      <Button
        variant="ghost"
        size="sm"
        icon={<IconTrash />}
        aria-label={props.removeLabel}
        onClick={() => props.onRemove()}
      />
    </div>
  );
}
