import { Button, Select, TextField } from "@quartet/ui";
import { type JSX, Show } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import type { Member } from "../../../lib/api-types.ts";
import { actionLabel, auditActionCodes, auditEntities, entityLabel } from "./action-label.ts";
import { type AuditFilters, hasFilters, noFilters } from "./audit-filters.ts";

/** The value of "any" in a select (Kobalte needs a non-empty key). */
const any = "*";

/** The audit log's filters: action (in words), object, who, and a date range. */
export function AuditFilterBar(props: {
  filters: AuditFilters;
  onChange: (filters: AuditFilters) => void;
  members: readonly Member[];
}): JSX.Element {
  const i18n = useT();
  const set = (patch: Partial<AuditFilters>) => props.onChange({ ...props.filters, ...patch });
  const entities = () => [
    { value: any, label: i18n.t("settings.audit.anything") },
    ...auditEntities.map((entity) => ({ value: entity, label: entityLabel(i18n, entity) })),
  ];
  const actions = () => [
    { value: any, label: i18n.t("settings.audit.anything") },
    ...auditActionCodes
      .map((code) => ({ value: code, label: actionLabel(i18n, code) }))
      .sort((a, b) => a.label.localeCompare(b.label, i18n.locale())),
  ];
  const actors = () => [
    { value: any, label: i18n.t("settings.audit.anyone") },
    ...props.members.map((m) => ({ value: m.userId, label: m.name || m.email })),
  ];
  return (
    <fieldset class="audit-filters">
      <legend class="q-visually-hidden">{i18n.t("settings.audit.filters")}</legend>
      <Select
        class="audit-filters__action"
        label={i18n.t("settings.audit.action")}
        options={actions()}
        value={props.filters.action || any}
        onChange={(action) => set({ action: action === any ? "" : action })}
      />
      <Select
        label={i18n.t("settings.audit.entity")}
        options={entities()}
        value={props.filters.entity || any}
        onChange={(entity) => set({ entity: entity === any ? "" : entity })}
      />
      <Select
        label={i18n.t("settings.audit.actor")}
        options={actors()}
        value={props.filters.actorId || any}
        onChange={(actorId) => set({ actorId: actorId === any ? "" : actorId })}
      />
      <TextField
        label={i18n.t("settings.audit.from")}
        type="date"
        value={props.filters.from}
        onChange={(from) => set({ from })}
      />
      <TextField
        label={i18n.t("settings.audit.to")}
        type="date"
        value={props.filters.to}
        onChange={(to) => set({ to })}
      />
      <Show when={hasFilters(props.filters)}>
        <Button variant="ghost" class="audit-filters__reset" onClick={() => props.onChange(noFilters)}>
          {i18n.t("common.reset")}
        </Button>
      </Show>
    </fieldset>
  );
}
