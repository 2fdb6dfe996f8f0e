import { amountMinorOf, Card, I18nProvider, loaded, minorToText } from "@quartet/ui";
import { createResource, For, type JSX, Show } from "solid-js";
import { useFarmingApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { run } from "../shared/error-text.ts";
import { HealthPill } from "../shared/health-pill.tsx";
import { OfferItem } from "../shared/offer-item.tsx";
import { useCan } from "../shared/permissions.ts";
import { money, percent } from "../shared/words.ts";
import { ContactFacts } from "./contact-facts.tsx";
import { maturityWhy } from "./factor-text.ts";
import { HealthFactors } from "./health-factors.tsx";
import { InlineNumber } from "./inline-number.tsx";
import { PurchaseFacts } from "./purchase-facts.tsx";
import "../shared/farming.css";
import "./widgets.css";

/**
 * The `client.sidePanel` widget: farming's view of a client — revenue and class, contact cadence
 * and when contact is due (settable), the next purchase and whether it is late and why, the
 * maturity step and why, the potential (settable) and share of wallet, the health score with each
 * factor's part, and the cross-sell offers.
 */
export default function ClientFarmingWidget(props: { clientId: string }): JSX.Element {
  const api = useFarmingApi();
  const can = useCan();
  const [data, { refetch }] = createResource(
    () => props.clientId,
    (clientId) => api.accounts.client.query({ clientId }),
  );
  const currency = () => loaded(data)?.currency ?? "RUB";
  return (
    <I18nProvider i18n={i18n}>
      <Show when={loaded(data)}>
        {(d) => (
          <Card
            class="fm-widget"
            title={i18n.t("client.title")}
            actions={
              <Show when={d().account}>
                {(a) => <HealthPill status={a().health.status} score={a().health.score} />}
              </Show>
            }
          >
            <Show when={d().account} fallback={<p class="fm-hint">{i18n.t("client.notServed")}</p>}>
              {(a) => (
                <div class="q-stack q-gap-4">
                  <div class="fm-fact">
                    <span class="fm-fact__label">{i18n.t("client.revenue")}</span>
                    <span>
                      {money(a().revenue12mMinor, currency())}
                      <Show when={a().abc || a().xyz}>
                        {" · "}
                        {i18n.t("client.classes")} {[a().abc, a().xyz].filter(Boolean).join("")}
                      </Show>
                    </span>
                  </div>
                  <ContactFacts clientId={d().clientId} account={a()} onChanged={() => void refetch()} />
                  <PurchaseFacts account={a()} today={d().today} />
                  <div class="fm-fact" data-fact="maturity">
                    <span class="fm-fact__label">{i18n.t("client.maturity")}</span>
                    <span>{i18n.t(`maturity.${a().maturity.level}`)}</span>
                    <For each={a().maturity.reasons}>
                      {(reason) => (
                        <span class="fm-fact__line fm-hint">{maturityWhy(reason, currency())}</span>
                      )}
                    </For>
                  </div>
                  <div class="fm-fact" data-fact="potential">
                    <InlineNumber
                      title={i18n.t("client.potential")}
                      label={i18n.t("client.potential")}
                      hint={i18n.t("client.potentialHint")}
                      initial={a().potentialMinor === null ? "" : minorToText(a().potentialMinor ?? 0)}
                      editable={can("accountsWrite")}
                      parse={(text) => amountMinorOf(text) ?? undefined}
                      invalid={i18n.t("quickAdd.amountInvalid")}
                      onSave={async (amountMinor) => {
                        const ok = await run(
                          () => api.accounts.setPotential.mutate({ clientId: d().clientId, amountMinor }),
                          i18n.t("client.saved"),
                        );
                        if (ok) void refetch();
                        return ok;
                      }}
                      shown={
                        <span>
                          {a().potentialMinor === null
                            ? i18n.t("none")
                            : money(a().potentialMinor ?? 0, currency())}
                          <Show when={a().shareOfWallet !== null}>
                            {" · "}
                            {i18n.t("client.wallet", { percent: percent(a().shareOfWallet) })}
                          </Show>
                        </span>
                      }
                    />
                  </div>
                  <section class="fm-widget__section" aria-label={i18n.t("client.health")}>
                    <h3>{i18n.t("client.health")}</h3>
                    <HealthFactors health={a().health} currency={currency()} />
                  </section>
                  <Show when={d().offers.length > 0}>
                    <section class="fm-widget__section" aria-label={i18n.t("client.offers")}>
                      <h3>{i18n.t("client.offers")}</h3>
                      <ul class="fm-list fm-offers">
                        <For each={d().offers}>
                          {(offer) => (
                            <OfferItem
                              clientId={d().clientId}
                              offer={offer}
                              onDecided={() => void refetch()}
                            />
                          )}
                        </For>
                      </ul>
                    </section>
                  </Show>
                </div>
              )}
            </Show>
          </Card>
        )}
      </Show>
    </I18nProvider>
  );
}
