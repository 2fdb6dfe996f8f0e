import { For, type JSX, Show } from "solid-js";
import { i18n } from "../i18n/index.ts";
import { date, days } from "../shared/words.ts";
import type { ClientAccount } from "./types.ts";

/** The next purchase: when it is expected, or how late it is and why; then per category. */
export function PurchaseFacts(props: { account: ClientAccount; today: string }): JSX.Element {
  const next = () => props.account.nextPurchase;
  const since = () =>
    next().lastOrderOn
      ? Math.round((Date.parse(props.today) - Date.parse(next().lastOrderOn ?? props.today)) / 86_400_000)
      : 0;
  return (
    <div class="fm-fact" data-fact="purchase">
      <span class="fm-fact__label">{i18n.t("client.purchase")}</span>
      <Show
        when={next().intervalDays !== null}
        fallback={<span class="fm-hint">{i18n.t("client.noRhythm")}</span>}
      >
        <Show
          when={next().lateDays}
          fallback={
            <span>
              {i18n.t("client.expected", { date: date(next().expectedOn) })} ·{" "}
              <span class="fm-hint">{i18n.t("client.onTime")}</span>
            </span>
          }
        >
          {(late) => (
            <>
              <span class="fm-late">{i18n.t("client.lateBy", { late: days(late()) })}</span>
              <span class="fm-fact__line fm-hint">
                {i18n.t("client.lateWhy", { interval: days(next().intervalDays ?? 0), since: days(since()) })}
              </span>
            </>
          )}
        </Show>
      </Show>
      <Show when={next().categories.length > 1}>
        <details class="fm-fact__more">
          <summary>{i18n.t("client.byCategory")}</summary>
          <ul>
            <For each={next().categories}>
              {(c) => (
                <li>
                  {c.name}:{" "}
                  {c.lateDays
                    ? i18n.t("client.lateBy", { late: days(c.lateDays) })
                    : c.expectedOn
                      ? i18n.t("client.expected", { date: date(c.expectedOn) })
                      : i18n.t("client.noRhythm")}
                </li>
              )}
            </For>
          </ul>
        </details>
      </Show>
    </div>
  );
}
