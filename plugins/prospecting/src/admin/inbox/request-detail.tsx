import { Badge, Card, emailLink, phoneLink, Slot } from "@quartet/ui";
import { A } from "@solidjs/router";
import { For, type JSX, Show } from "solid-js";
import type { ProspectingOutputs } from "../api.ts";
import { durationText, i18n } from "../i18n/index.ts";
import { mediaText } from "./media-text.ts";
import { MissedCallBadge } from "./missed-call-badge.tsx";
import { sourceText } from "./source-text.ts";

/** A request as `inbox.get` gives it. */
export type RequestView = ProspectingOutputs["inbox"]["get"];

function Row(props: { label: string; children: JSX.Element }): JSX.Element {
  return (
    <>
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </>
  );
}

/** What came in: contact, source, channel, UTM tags, consent, speed to lead, the raw payload, the conversation. */
export function RequestDetail(props: {
  request: RequestView;
  canOpenClient: boolean;
  /** The forms by source (`form:<slug>` → name), to name a form's requests. */
  formNames: ReadonlyMap<string, string>;
}): JSX.Element {
  const r = () => props.request;
  const utm = () => Object.entries(r().utm);
  return (
    <Card title={r().contactName ?? r().contactCompany ?? r().telegramUsername ?? i18n.t("request.title")}>
      <dl class="pr-facts">
        <Row label={i18n.t("inbox.status")}>
          <Badge tone={r().status === "qualified" ? "success" : "neutral"}>
            {i18n.t(`status.${r().status}`)}
          </Badge>
          <Show when={r().dismissReason}>
            {(reason) => (
              <span class="q-muted"> {i18n.t("request.dismissedBecause", { reason: reason() })}</span>
            )}
          </Show>
        </Row>
        <Row label={i18n.t("inbox.source")}>{sourceText(r().source, props.formNames)}</Row>
        <Row label={i18n.t("inbox.channel")}>{i18n.t(`channel.${r().channel}`)}</Row>
        <Row label={i18n.t("inbox.received")}>{i18n.formatDateTime(r().receivedAt)}</Row>
        <Row label={i18n.t("request.speed")}>
          {r().firstActionAt === null
            ? i18n.t("inbox.waiting", { time: durationText(Date.now() - r().receivedAt) })
            : durationText((r().firstActionAt ?? 0) - r().receivedAt)}
        </Row>
        <Show when={r().contactCompany}>
          {(company) => <Row label={i18n.t("request.company")}>{company()}</Row>}
        </Show>
        <Show when={r().contactPhone}>
          {(phone) => (
            <Row label={i18n.t("request.phone")}>
              <a href={phoneLink(phone()).href}>{phoneLink(phone()).text}</a>
              <Show when={r().doNotCall}>
                {" "}
                <Badge tone="danger">{i18n.t("request.doNotCall")}</Badge>
              </Show>{" "}
              <MissedCallBadge missed={r().missedCall} />
            </Row>
          )}
        </Show>
        <Show when={r().contactEmail}>
          {(email) => (
            <Row label={i18n.t("request.email")}>
              <a href={emailLink(email()).href}>{emailLink(email()).text}</a>
            </Row>
          )}
        </Show>
        <Show when={r().telegramUsername}>{(name) => <Row label="Telegram">@{name()}</Row>}</Show>
        <Row label={i18n.t("request.consent")}>
          {r().consent ? i18n.t("common.yes") : i18n.t("common.no")}
        </Row>
        <Row label={i18n.t("request.utm")}>
          <Show when={utm().length > 0} fallback={<span class="q-muted">{i18n.t("request.noUtm")}</span>}>
            <span class="pr-tags">
              <For each={utm()}>
                {([key, value]) => (
                  <Badge>
                    {key}: {value}
                  </Badge>
                )}
              </For>
            </span>
          </Show>
        </Row>
        <Show when={r().clientId}>
          {(clientId) => (
            <Row label={i18n.t("request.client")}>
              <Show when={props.canOpenClient} fallback={i18n.t("request.linkedClient")}>
                <A href={`/clients/${clientId()}`}>{i18n.t("request.openClient")}</A>
              </Show>
            </Row>
          )}
        </Show>
      </dl>
      <Show when={r().status === "qualified"}>
        <Slot class="pr-lead-panel" name="lead.panel" props={{ requestId: r().id, clientId: r().clientId }} />
      </Show>
      <Show when={r().message}>
        {(message) => (
          <section class="pr-section">
            <h3>{i18n.t("request.message")}</h3>
            <p class="pr-message">{message()}</p>
          </section>
        )}
      </Show>
      <Show when={r().channel === "telegram"}>
        <section class="pr-section">
          <h3>{i18n.t("request.conversation")}</h3>
          <ol class="pr-chat">
            <For each={r().conversation} fallback={<li class="q-muted">{i18n.t("request.noMessages")}</li>}>
              {(m) => (
                <li class="pr-chat__message" data-direction={m.direction}>
                  <span>
                    <Show when={m.media}>
                      {(media) => <em class="pr-chat__media">{mediaText(media())}</em>}
                    </Show>
                    {m.text}
                  </span>
                  <time class="q-muted">{i18n.formatDateTime(m.at)}</time>
                </li>
              )}
            </For>
          </ol>
        </section>
      </Show>
      <details class="pr-section">
        <summary>{i18n.t("request.payload")}</summary>
        <pre class="pr-snippet">{JSON.stringify(r().rawPayload, null, 2)}</pre>
      </details>
    </Card>
  );
}
