import { Badge, type BadgeTone, Button, Card } from "@quartet/ui";
import { For, type JSX, Show } from "solid-js";
import { useT } from "../../i18n/index.ts";

/** A row problem as the server words it: its kind (refused, duplicate, warning) and message. */
export type DryRunError = {
  row: number;
  field: string;
  kind: "refused" | "duplicate" | "warning";
  kindText: string;
  message: string;
};

/** What `core.imports.dryRun` answers. */
export type DryRun = {
  total: number;
  new: number;
  duplicate: number;
  invalid: number;
  warned: number;
  errors: DryRunError[];
};

const tones: Record<DryRunError["kind"], BadgeTone> = {
  refused: "danger",
  duplicate: "info",
  warning: "warning",
};

/**
 * Step 3 of the import wizard: the dry run's counts (new, duplicates, refused, with warnings) and
 * its first problems, each marked by kind in the server's words — the same words the report uses.
 */
export function DryRunCard(props: {
  report: DryRun;
  fieldLabel: (field: string) => string;
  canStart: boolean;
  busy: boolean;
  onStart: () => void;
}): JSX.Element {
  const i18n = useT();
  const counts = () => [
    { label: i18n.t("importWizard.new"), value: props.report.new },
    { label: i18n.t("importWizard.duplicate"), value: props.report.duplicate },
    { label: i18n.t("importWizard.invalid"), value: props.report.invalid },
    { label: i18n.t("importWizard.warned"), value: props.report.warned },
  ];
  return (
    <Card title={i18n.t("importWizard.dryRunResult")}>
      <dl class="import-counts" aria-label={i18n.t("importWizard.dryRunResult")}>
        <For each={counts()}>
          {(count) => (
            <div>
              <dt>{count.label}</dt>
              <dd>{i18n.formatNumber(count.value)}</dd>
            </div>
          )}
        </For>
      </dl>
      <Show when={props.report.errors.length > 0}>
        <ul class="import-errors" aria-label={i18n.t("importWizard.firstErrors")}>
          <For each={props.report.errors.slice(0, 10)}>
            {(issue) => (
              <li data-kind={issue.kind}>
                <Badge tone={tones[issue.kind]}>{issue.kindText}</Badge>{" "}
                {i18n.t("importWizard.rowError", { row: issue.row, field: props.fieldLabel(issue.field) })} —{" "}
                {issue.message}
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={props.canStart}>
        <div class="import-start">
          <Button variant="primary" loading={props.busy} onClick={() => props.onStart()}>
            {i18n.t("importWizard.start")}
          </Button>
        </div>
      </Show>
    </Card>
  );
}
