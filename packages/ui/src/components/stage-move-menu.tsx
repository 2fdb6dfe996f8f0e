import type { JSX } from "solid-js";
import { IconMore } from "./icons.tsx";
import { Menu, MenuRadioGroup } from "./menu.tsx";

/**
 * The "move to…" menu of a board card: a small button beside the card whose menu lists every stage
 * with the current one ticked; picking another moves the deal. It is how a deal changes stage by
 * touch (a phone shows one column at a time, so there is nowhere to drag it) and from a screen
 * reader; dragging and the `[`/`]` keys stay for the desktop. The labels come from the plugin's
 * dictionary.
 *
 * @example <StageMoveMenu label={t("move.label", { title })} groupLabel={t("move.to")} stages={stages} current={deal.stageId} onMove={(id) => move(deal, id)} />
 */
export function StageMoveMenu(props: {
  /** Names the button for screen readers, with the deal ("Move “Cheese for a year”"). */
  label: string;
  /** Heads the list of stages ("Move to stage"). */
  groupLabel: string;
  stages: readonly { value: string; label: string }[];
  current: string;
  onMove: (stage: string) => void;
}): JSX.Element {
  // After a pick, focus stays where the move puts it (the lost stage's reason dialog, the moved
  // card) instead of returning to this button, which would close that dialog as it opens.
  let picked = false;
  return (
    <Menu
      label={props.label}
      trigger={<IconMore size={18} />}
      triggerClass="q-stage-move"
      onCloseAutoFocus={(event) => {
        if (picked) event.preventDefault();
        picked = false;
      }}
    >
      <MenuRadioGroup
        label={props.groupLabel}
        value={props.current}
        options={props.stages}
        onChange={(stage) => {
          if (stage === props.current) return;
          picked = true;
          props.onMove(stage);
        }}
      />
    </Menu>
  );
}
