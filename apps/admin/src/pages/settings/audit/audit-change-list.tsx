import { For, type JSX, Show } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import { auditChanges } from "./audit-changes.ts";
import { fieldLabel, valueText } from "./audit-words.ts";

/**
 * What an audit record changed, as a list a person reads: each field by its label, the value before
 * and after in words (money, dates, names); fields without a label are counted, not shown.
 */
export function AuditChangeList(props: {
  before: unknown;
  after: unknown;
  memberName: (userId: string) => string | null;
}): JSX.Element {
  const i18n = useT();
  const changes = () =>
    auditChanges(props.before, props.after).map((change) => ({
      ...change,
      label: fieldLabel(i18n, change.field),
    }));
  const shown = () => changes().filter((change) => change.label !== null);
  const hidden = () => changes().length - shown().length;
  const created = () => props.before == null;
  return (
    <div class="audit-changes">
      <table class="audit-changes__table">
        <caption class="q-visually-hidden">{i18n.t("settings.audit.changes")}</caption>
        <thead>
          <tr>
            <th scope="col">{i18n.t("settings.audit.changes")}</th>
            <Show when={!created()}>
              <th scope="col">{i18n.t("settings.audit.before")}</th>
            </Show>
            <th scope="col">{i18n.t("settings.audit.after")}</th>
          </tr>
        </thead>
        <tbody>
          <For each={shown()}>
            {(change) => (
              <tr>
                <th scope="row">{change.label}</th>
                <Show when={!created()}>
                  <td>{valueText(i18n, change.field, change.before, props.memberName)}</td>
                </Show>
                <td>{valueText(i18n, change.field, change.after, props.memberName)}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <Show when={hidden() > 0}>
        <p class="q-subtle audit-changes__more">
          {i18n.t("settings.audit.moreChanges", { count: hidden() })}
        </p>
      </Show>
    </div>
  );
}
