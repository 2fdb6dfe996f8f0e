import { Avatar, IconChevronDown } from "@quartet/ui";
import { createSignal, type JSX, Show } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import type { AuditEntry } from "../../../lib/api-types.ts";
import { actionLabel, entityLabel } from "./action-label.ts";

/** One audit record: when, who, what and on which object; the before/after summary opens below. */
export function AuditEntryRow(props: { entry: AuditEntry }): JSX.Element {
  const i18n = useT();
  const [open, setOpen] = createSignal(false);
  const actor = () =>
    props.entry.actorKind === "system"
      ? i18n.t("settings.audit.system")
      : props.entry.actorName ||
        (props.entry.actorKind === "api-key" ? i18n.t("settings.audit.apiKey") : (props.entry.actorId ?? ""));
  const label = () => actionLabel(i18n, props.entry.action);
  const hasDetails = () => props.entry.before != null || props.entry.after != null;
  const panel = () => `audit-${props.entry.id}`;
  return (
    <li class="audit-entry">
      <div class="audit-entry__row">
        <time class="audit-entry__when" datetime={new Date(props.entry.at).toISOString()}>
          {i18n.formatDateTime(props.entry.at)}
        </time>
        <span class="audit-entry__who">
          <Avatar name={actor()} seed={props.entry.actorId ?? "system"} size="sm" />
          {actor()}
        </span>
        <span class="audit-entry__what">
          <span>{label() ?? props.entry.action}</span>
          <Show when={label()}>
            <code class="q-subtle">{props.entry.action}</code>
          </Show>
        </span>
        <span class="audit-entry__object">
          {entityLabel(i18n, props.entry.entity)}
          <Show when={props.entry.entityId}>
            <code class="q-subtle">{props.entry.entityId}</code>
          </Show>
        </span>
        <Show when={hasDetails()} fallback={<span />}>
          <button
            type="button"
            class="audit-entry__toggle"
            aria-expanded={open()}
            aria-controls={panel()}
            aria-label={i18n.t("settings.audit.details", { action: label() ?? props.entry.action })}
            onClick={() => setOpen(!open())}
          >
            <IconChevronDown size={16} />
          </button>
        </Show>
      </div>
      <Show when={open()}>
        <div id={panel()} class="audit-entry__details">
          <div>
            <span class="audit-entry__label">{i18n.t("settings.audit.before")}</span>
            <pre class="q-code-block">{JSON.stringify(props.entry.before, null, 2)}</pre>
          </div>
          <div>
            <span class="audit-entry__label">{i18n.t("settings.audit.after")}</span>
            <pre class="q-code-block">{JSON.stringify(props.entry.after, null, 2)}</pre>
          </div>
        </div>
      </Show>
    </li>
  );
}
