import { Avatar, IconChevronDown, usePluginHost } from "@quartet/ui";
import { createSignal, type JSX, Show } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import type { AuditEntry } from "../../../lib/api-types.ts";
import { actionLabel } from "./action-label.ts";
import { AuditChangeList } from "./audit-change-list.tsx";
import { AuditObject } from "./audit-object.tsx";

/**
 * One audit record: when, who, what in words and on which object by name (linked to its page); the
 * changed fields, labelled and worded, open below.
 */
export function AuditEntryRow(props: {
  entry: AuditEntry;
  memberName: (userId: string) => string | null;
}): JSX.Element {
  const i18n = useT();
  const host = usePluginHost();
  const [open, setOpen] = createSignal(false);
  const actor = () =>
    props.entry.actorKind === "system"
      ? i18n.t("settings.audit.system")
      : props.entry.actorName ||
        (props.entry.actorKind === "api-key"
          ? i18n.t("settings.audit.apiKey")
          : (props.memberName(props.entry.actorId ?? "") ?? i18n.t("settings.audit.entities.member")));
  const label = () =>
    actionLabel(i18n, props.entry.action, (pluginId) => {
      const name = host.pluginName?.(pluginId);
      return name ? i18n.localized(name) : i18n.t("settings.audit.entities.plugin");
    });
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
        <span class="audit-entry__what">{label()}</span>
        <AuditObject entry={props.entry} memberName={props.memberName} />
        <Show when={hasDetails()} fallback={<span />}>
          <button
            type="button"
            class="audit-entry__toggle"
            aria-expanded={open()}
            aria-controls={panel()}
            aria-label={i18n.t("settings.audit.details", { action: label() })}
            onClick={() => setOpen(!open())}
          >
            <IconChevronDown size={16} />
          </button>
        </Show>
      </div>
      <Show when={open()}>
        <div id={panel()} class="audit-entry__details">
          <AuditChangeList
            before={props.entry.before}
            after={props.entry.after}
            memberName={props.memberName}
          />
        </div>
      </Show>
    </li>
  );
}
