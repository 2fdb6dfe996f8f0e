import { Badge, Card, I18nProvider, loaded } from "@quartet/ui";
import { createResource, type JSX, Show } from "solid-js";
import { useCoreApi, useVipApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { date } from "../shared/words.ts";
import { HandDecision } from "./hand-decision.tsx";
import { ReviewPart } from "./review-part.tsx";
import { SlaClock } from "./sla-clock.tsx";
import { StandingFacts } from "./standing-facts.tsx";
import "../shared/vip.css";

/**
 * The `client.sidePanel` widget: the client's VIP tier and why (reasons worded with their
 * numbers), its privileges, the grace warning, hand decisions with reason and last day, the reply
 * clock of its waiting requests, and the account review with "Review done".
 */
export default function ClientVipWidget(props: { clientId: string }): JSX.Element {
  const api = useVipApi();
  const core = useCoreApi();
  const [card, { refetch }] = createResource(
    () => props.clientId,
    (clientId) => api.clients.get.query({ clientId }),
  );
  const [program] = createResource(() => api.program.get.query());
  const [org] = createResource(() => core.org.get.query().catch(() => ({ defaultCurrency: "RUB" })));
  const currency = () => loaded(org)?.defaultCurrency ?? "RUB";
  const both = () => {
    const c = loaded(card);
    const p = loaded(program);
    return c && p ? { card: c, program: p } : undefined;
  };
  return (
    <I18nProvider i18n={i18n}>
      <Show when={both()}>
        {(d) => (
          <Card
            class="vip-widget"
            title={i18n.t("client.title")}
            actions={
              <Show when={d().card.standing?.tier}>
                {(tier) => <Badge tone="vip">{i18n.localized(tier().name)}</Badge>}
              </Show>
            }
          >
            <div class="q-stack q-gap-4">
              <Show when={d().card.standing} fallback={<p class="vip-hint">{i18n.t("client.notJudged")}</p>}>
                {(s) => (
                  <>
                    <p class="vip-hint" data-part="tier">
                      {s().tier && s().since
                        ? i18n.t("client.since", {
                            tier: i18n.localized(s().tier?.name ?? { ru: "", en: "" }),
                            date: date(s().since),
                          })
                        : i18n.t("client.noTier")}
                    </p>
                    <StandingFacts
                      standing={s()}
                      program={d().program}
                      currency={currency()}
                      overrideShown={d().card.override !== null}
                    />
                  </>
                )}
              </Show>
              <HandDecision card={d().card} program={d().program} onChanged={() => void refetch()} />
              <SlaClock requests={d().card.sla.requests} />
              <Show when={d().card.standing?.tier && d().card.standing}>
                {(s) => (
                  <ReviewPart clientId={d().card.clientId} standing={s()} onDone={() => void refetch()} />
                )}
              </Show>
            </div>
          </Card>
        )}
      </Show>
    </I18nProvider>
  );
}
