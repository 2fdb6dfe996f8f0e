import { Badge, Card, phoneLink } from "@quartet/ui";
import { For, type JSX, Show } from "solid-js";
import type { ProspectingOutputs } from "../api.ts";
import { i18n } from "../i18n/index.ts";

type Call = NonNullable<ProspectingOutputs["callScreen"]["current"]>;

/**
 * Who is being called: name, the number to dial (with `dial`, the PBX's «Позвонить», beside it),
 * whom to ask for, region, industry, tags; and the earlier attempts.
 */
export function ClientCard(props: { call: Call; dial?: JSX.Element; children?: JSX.Element }): JSX.Element {
  const client = () => props.call.client;
  return (
    <Card title={client().name} description={props.call.campaign.name}>
      <dl class="pr-facts">
        <dt>{i18n.t("calls.phone")}</dt>
        <dd class="pr-phone-line">
          <a class="q-mono pr-phone" href={phoneLink(props.call.phone).href}>
            {phoneLink(props.call.phone).text}
          </a>
          {props.dial}
        </dd>
        <Show when={client().contact}>
          {(person) => (
            <>
              <dt>{i18n.t("calls.contact")}</dt>
              <dd class="pr-contact-person">
                <strong>{person().name}</strong>
                <Show when={person().position}>
                  {(position) => <span class="q-muted">{position()}</span>}
                </Show>
                <For each={person().phones}>
                  {(phone) => (
                    <a class="q-mono" href={phoneLink(phone).href}>
                      {phoneLink(phone).text}
                    </a>
                  )}
                </For>
              </dd>
            </>
          )}
        </Show>
        <Show when={client().region ?? client().city}>
          {(place) => (
            <>
              <dt>{i18n.t("calls.region")}</dt>
              <dd>{place()}</dd>
            </>
          )}
        </Show>
        <Show when={client().industry}>
          {(industry) => (
            <>
              <dt>{i18n.t("calls.industry")}</dt>
              <dd>{industry()}</dd>
            </>
          )}
        </Show>
        <Show when={client().tags.length > 0}>
          <dt />
          <dd class="pr-tags">
            <For each={client().tags}>{(tag) => <Badge>{tag}</Badge>}</For>
          </dd>
        </Show>
      </dl>
      {props.children}
      <section class="pr-section">
        <h3>{i18n.t("calls.attempts")}</h3>
        <ul class="pr-attempts">
          <For each={props.call.attempts} fallback={<li class="q-muted">{i18n.t("calls.noAttempts")}</li>}>
            {(attempt) => (
              <li>
                {i18n.formatDateTime(attempt.at)} — {i18n.t(`calls.disposition.${attempt.disposition}`)}
                <Show when={attempt.note}>{(note) => <span class="q-muted"> · {note()}</span>}</Show>
              </li>
            )}
          </For>
        </ul>
      </section>
    </Card>
  );
}
