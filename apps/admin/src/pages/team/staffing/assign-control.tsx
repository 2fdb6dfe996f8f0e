import { Button, IconPlus, type SalesFunction, Select } from "@quartet/ui";
import { createSignal, type JSX, Show } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import type { LegCoverage, Member } from "../../../lib/api-types.ts";
import { useStaffingActions } from "./use-staffing-actions.ts";

/** Puts another member on a function: a select of those not on it yet and an "Assign" button. */
export function AssignControl(props: {
  function: SalesFunction;
  leg: LegCoverage;
  members: readonly Member[];
}): JSX.Element {
  const i18n = useT();
  const actions = useStaffingActions();
  const [userId, setUserId] = createSignal<string | undefined>();
  const [busy, setBusy] = createSignal(false);
  const candidates = () =>
    props.members
      .filter((m) => !props.leg.people.some((p) => p.userId === m.userId))
      .map((m) => ({ value: m.userId, label: m.name || m.email }));
  const assign = async () => {
    const chosen = props.members.find((m) => m.userId === userId());
    if (!chosen) return;
    setBusy(true);
    if (await actions.assign(chosen.userId, props.function, chosen.name || chosen.email))
      setUserId(undefined);
    setBusy(false);
  };
  return (
    <Show when={candidates().length > 0}>
      <div class="assign-control">
        <Select
          class="assign-control__select"
          label={i18n.t("staffing.assignLabel", { function: i18n.t(`functions.${props.function}`) })}
          labelHidden
          placeholder={i18n.t("staffing.assignPlaceholder")}
          options={candidates()}
          value={userId()}
          onChange={setUserId}
        />
        <Button
          variant="secondary"
          icon={<IconPlus />}
          disabled={!userId()}
          loading={busy()}
          onClick={assign}
        >
          {i18n.t("staffing.assign")}
        </Button>
      </div>
    </Show>
  );
}
