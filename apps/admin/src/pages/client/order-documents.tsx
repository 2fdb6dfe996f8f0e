import { DocumentsCard } from "@quartet/ui";
import type { JSX } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { useApi } from "../../lib/api-context.tsx";
import { useOrgRefresh } from "../../lib/org-refresh.ts";
import { useOrganisation } from "../team/queries.ts";
import type { OrderSummary } from "./client-types.ts";

/**
 * The documents of one core order (core's invoice, a VIP deferral printed on it): issued in the
 * organisation's language unless the member picks another; a mailed one shows on the timeline.
 */
export function OrderDocuments(props: { order: OrderSummary; recipients: readonly string[] }): JSX.Element {
  const i18n = useT();
  const { trpc } = useApi();
  const organisation = useOrganisation();
  const refresh = useOrgRefresh();
  return (
    <DocumentsCard
      class="order-documents"
      api={trpc.core.documents}
      subject="order"
      subjectId={props.order.id}
      recipients={props.recipients}
      documentLocale={organisation.data?.locale}
      title={i18n.t("orderDocuments.title", { number: props.order.number })}
      onChange={() => void refresh("timeline")}
    />
  );
}
