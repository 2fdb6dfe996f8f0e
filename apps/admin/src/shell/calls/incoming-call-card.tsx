import { Button, formatPhone, IconClose, IconPhone } from "@quartet/ui";
import { A } from "@solidjs/router";
import { For, type JSX, Show } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { relativeTime } from "../notifications/relative-time.ts";
import type { CallerCard } from "./incoming-calls.ts";

/** The calling number as people write it, or «Скрытый номер» when the PBX did not give one. */
function useCallerNumber() {
  const i18n = useT();
  return (card: CallerCard) => (card.number ? formatPhone(card.number) : i18n.t("incomingCall.hidden"));
}

/**
 * One ringing call: which way it goes, who it is (the client with a link to its card, or the
 * number and «Пока нет в Quartet», or «Клиент вне вашей зоны доступа» for a client the member's
 * role does not reach), the contact, the responsible member, open deals (each a link, with its
 * stage and sum) and the last activity, and a dismiss button.
 */
export function IncomingCallCard(props: {
  card: CallerCard;
  now: number;
  onDismiss: () => void;
}): JSX.Element {
  const i18n = useT();
  const numberOf = useCallerNumber();
  const who = () => props.card.client?.name ?? numberOf(props.card);
  return (
    <section class="incoming-call" aria-label={who()} data-call={props.card.callId}>
      <header class="incoming-call__head">
        <span class="incoming-call__icon" aria-hidden="true">
          <IconPhone size={16} />
        </span>
        <span class="incoming-call__kind">
          {i18n.t(props.card.direction === "outbound" ? "incomingCall.outbound" : "incomingCall.inbound")}
        </span>
        <Button
          variant="ghost"
          size="sm"
          class="incoming-call__dismiss"
          icon={<IconClose size={16} />}
          aria-label={i18n.t("incomingCall.dismissLabel", { who: who() })}
          onClick={() => props.onDismiss()}
        />
      </header>
      <p class="incoming-call__who">{who()}</p>
      <p class="incoming-call__number" classList={{ "q-mono": props.card.client !== null }}>
        <Show
          when={props.card.client}
          fallback={i18n.t(props.card.outOfScope ? "incomingCall.outOfScope" : "incomingCall.newClient")}
        >
          {numberOf(props.card)}
        </Show>
      </p>
      <dl class="incoming-call__facts">
        <Show when={props.card.contact}>
          {(contact) => (
            <div>
              <dt>{i18n.t("incomingCall.contact")}</dt>
              <dd>{contact().position ? `${contact().name}, ${contact().position}` : contact().name}</dd>
            </div>
          )}
        </Show>
        <Show when={props.card.owner}>
          {(owner) => (
            <div>
              <dt>{i18n.t("incomingCall.owner")}</dt>
              <dd>{owner()}</dd>
            </div>
          )}
        </Show>
        <Show when={props.card.deals.length > 0}>
          <div>
            <dt>{i18n.t("incomingCall.deals")}</dt>
            <dd>
              <ul class="incoming-call__deals">
                <For each={props.card.deals}>
                  {(deal) => (
                    <li>
                      <A href={deal.href} onClick={() => props.onDismiss()}>
                        {deal.title}
                      </A>{" "}
                      · {i18n.localized(deal.stage)} ·{" "}
                      {i18n.formatMoney({ amountMinor: deal.amountMinor, currency: deal.currency })}
                    </li>
                  )}
                </For>
              </ul>
            </dd>
          </div>
        </Show>
        <Show when={props.card.lastActivity}>
          {(last) => (
            <div>
              <dt>{i18n.t("incomingCall.lastActivity")}</dt>
              <dd>
                {i18n.t("incomingCall.lastActivityText", {
                  type: i18n.tDynamic(`clientPage.types.${last().type}`),
                  when: relativeTime(
                    i18n.locale(),
                    last().occurredAt,
                    props.now,
                    i18n.t("incomingCall.justNow"),
                  ),
                })}
              </dd>
            </div>
          )}
        </Show>
      </dl>
      <Show when={props.card.client}>
        {(client) => (
          <A
            href={`/clients/${encodeURIComponent(client().id)}`}
            class="q-button incoming-call__open"
            data-variant="primary"
            onClick={() => props.onDismiss()}
          >
            {i18n.t("incomingCall.openCard")}
          </A>
        )}
      </Show>
    </section>
  );
}
