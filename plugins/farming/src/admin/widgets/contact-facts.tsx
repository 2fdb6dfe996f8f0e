import { type JSX, Show } from "solid-js";
import { useFarmingApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { run } from "../shared/error-text.ts";
import { useCan } from "../shared/permissions.ts";
import { date, days } from "../shared/words.ts";
import { InlineNumber } from "./inline-number.tsx";
import type { ClientAccount } from "./types.ts";

/** The contact cadence (where it comes from, settable for this client) and when contact is due. */
export function ContactFacts(props: {
  clientId: string;
  account: ClientAccount;
  onChanged: () => void;
}): JSX.Element {
  const api = useFarmingApi();
  const can = useCan();
  const cadence = () => props.account.cadence;
  const parse = (text: string) => {
    const n = Number(text.trim());
    return Number.isInteger(n) && n >= 1 && n <= 365 ? n : undefined;
  };
  return (
    <div class="fm-fact" data-fact="contact">
      <InlineNumber
        title={i18n.t("client.contact")}
        label={i18n.t("client.cadenceDays")}
        hint={i18n.t("client.cadenceHint")}
        initial={cadence().overrideDays === null ? "" : String(cadence().overrideDays)}
        editable={can("accountsWrite")}
        parse={parse}
        invalid={i18n.t("fieldErrors.tooBig", { limit: 365 })}
        onSave={async (value) => {
          const ok = await run(
            () => api.accounts.setCadence.mutate({ clientId: props.clientId, days: value }),
            i18n.t("client.saved"),
          );
          if (ok) props.onChanged();
          return ok;
        }}
        shown={
          <>
            <span>
              {i18n.t("client.every", { days: days(cadence().days) })}{" "}
              <span class="fm-hint">({i18n.t(`client.source.${cadence().source}`)})</span>
            </span>
            <span class="fm-fact__line" classList={{ "fm-late": cadence().overdue }}>
              {cadence().overdue
                ? i18n.t("client.overdueSince", { date: date(cadence().dueOn) })
                : i18n.t("client.dueOn", { date: date(cadence().dueOn) })}
            </span>
            <span class="fm-fact__line fm-hint">
              <Show when={cadence().lastContactAt} fallback={i18n.t("client.never")}>
                {(at) => i18n.t("client.lastContact", { date: date(at()) })}
              </Show>
            </span>
          </>
        }
      />
    </div>
  );
}
