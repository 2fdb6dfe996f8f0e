import { usePluginHost } from "@quartet/ui";
import { A } from "@solidjs/router";
import { useQuery } from "@tanstack/solid-query";
import type { JSX } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import { useApi } from "../../../lib/api-context.tsx";
import { useAccess } from "../../../lib/me.ts";
import { orgKey } from "../../../lib/org-key.ts";
import { entityLabel } from "./action-label.ts";
import { type AuditedObject, auditTarget } from "./audit-target.ts";
import { functionWord } from "./function-word.ts";

/** A client's name from its card (`core.clients.get`, shared with the card's cache), or null until known. */
function useClientName(clientId: () => string) {
  const { trpc, org } = useApi();
  const access = useAccess();
  const client = useQuery(() => ({
    queryKey: orgKey(org.id(), "clients", "get", clientId()),
    queryFn: () => trpc.core.clients.get.query({ id: clientId() }),
    enabled: access.can("core.clients.read"),
    retry: false,
  }));
  return () => (client.data && !client.data.merged ? client.data.client.name : null);
}

function ClientObject(props: { clientId: string }): JSX.Element {
  const name = useClientName(() => props.clientId);
  const i18n = useT();
  return <A href={`/clients/${props.clientId}`}>{name() ?? i18n.t("settings.audit.entities.client")}</A>;
}

/**
 * The object of an audit record by name, linked to its page where it has one: a client to its card, a
 * deal to its page, a member by name (with the function of an assignment), a plugin by its name; the
 * kind of object above it. Never an id.
 */
export function AuditObject(props: {
  entry: AuditedObject;
  memberName: (userId: string) => string | null;
}): JSX.Element {
  const i18n = useT();
  const host = usePluginHost();
  // An entry never changes once listed, so its object is worked out once.
  const target = auditTarget(props.entry);
  const name = (): JSX.Element => {
    switch (target.kind) {
      case "client":
        return <ClientObject clientId={target.clientId} />;
      case "member":
        return (
          <span>
            {props.memberName(target.userId) ?? i18n.t("settings.audit.entities.member")}
            {target.function && functionWord(i18n, target.function)
              ? `, ${functionWord(i18n, target.function)}`
              : ""}
          </span>
        );
      case "plugin": {
        const plugin = host.pluginName?.(target.pluginId);
        return plugin ? <span>{i18n.localized(plugin)}</span> : null;
      }
      case "record":
        if (target.href) return <A href={target.href}>{target.name ?? i18n.t("settings.audit.open")}</A>;
        return target.name ? <span>{target.name}</span> : null;
    }
  };
  return (
    <span class="audit-entry__object">
      <span class="q-subtle">{entityLabel(i18n, props.entry.entity)}</span>
      {name()}
    </span>
  );
}
