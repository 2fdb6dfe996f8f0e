import { Checkbox } from "@quartet/ui";
import type { JSX } from "solid-js";
import { i18n } from "../i18n/index.ts";
import type { BoardFilters } from "./board-query.ts";

type Checks = Pick<BoardFilters, "mine" | "rotting" | "overdue">;

/** The yes/no filters the board and the list share: my deals, rotting, next step overdue. */
export function FilterChecks(props: {
  filters: Checks;
  onChange: (change: Partial<Checks>) => void;
}): JSX.Element {
  return (
    <>
      <Checkbox
        label={i18n.t("boardView.filters.mine")}
        checked={props.filters.mine}
        onChange={(mine) => props.onChange({ mine })}
      />
      <Checkbox
        label={i18n.t("boardView.filters.rotting")}
        checked={props.filters.rotting}
        onChange={(rotting) => props.onChange({ rotting })}
      />
      <Checkbox
        label={i18n.t("boardView.filters.overdue")}
        checked={props.filters.overdue}
        onChange={(overdue) => props.onChange({ overdue })}
      />
    </>
  );
}
