import { Select } from "@quartet/ui";
import { createResource, type JSX, Show } from "solid-js";
import { type FirstSaleOutputs, useFirstSaleApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";

/** A client's qualified lead without a deal, as `leads.ofClient` lists it. */
export type OpenLead = FirstSaleOutputs["leads"]["ofClient"][number];

/** A lead as a person reads it: where it came from (the source's name, else the channel) and when it was qualified. */
export function leadLabel(lead: Pick<OpenLead, "sourceName" | "channel" | "qualifiedAt">): string {
  const source = lead.sourceName ?? i18n.t(`leads.channel.${lead.channel}`);
  return i18n.t("leads.picker.option", { source, date: i18n.formatDate(lead.qualifiedAt) });
}

/** The qualified leads without a deal of the client `clientId()` names (none while it names none). */
export function createClientLeads(clientId: () => string | null | undefined) {
  const api = useFirstSaleApi();
  const [leads, { refetch }] = createResource(
    () => clientId() || null,
    (id) => api.leads.ofClient.query({ clientId: id }),
  );
  return { leads: () => leads() ?? [], refetch };
}

/**
 * Picks one of a client's qualified leads without a deal (or none) for a deal; shows nothing while
 * the client has none, so dialogs stay as they were for clients without leads.
 */
export function LeadPicker(props: {
  leads: readonly OpenLead[];
  value: string | null;
  onChange: (requestId: string | null) => void;
  /** Without the "no lead" choice (the deal page picks a lead to link, or nothing). */
  required?: boolean;
}): JSX.Element {
  const options = () => [
    ...(props.required ? [] : [{ value: "", label: i18n.t("leads.picker.none") }]),
    ...props.leads.map((lead) => ({ value: lead.requestId, label: leadLabel(lead) })),
  ];
  return (
    <Show when={props.leads.length > 0}>
      <Select
        label={i18n.t("leads.picker.label")}
        options={options()}
        value={props.value ?? ""}
        onChange={(value) => props.onChange(value || null)}
      />
    </Show>
  );
}
