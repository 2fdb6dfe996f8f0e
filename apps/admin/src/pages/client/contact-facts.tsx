import { emailLink, phoneLink, telegramLink, websiteLink } from "@quartet/ui";
import { For, type JSX, Show } from "solid-js";
import { useT } from "../../i18n/index.ts";
import type { ClientRecord } from "./client-types.ts";

/** A custom field holding a Telegram handle: its key names Telegram. */
function telegramOf(client: ClientRecord) {
  const entry = Object.entries(client.customFields).find(([key]) => /telegram|^tg$/i.test(key));
  return typeof entry?.[1] === "string" ? telegramLink(entry[1]) : null;
}

/**
 * How to reach the client, as links: phones as people write them (`tel:`), emails (`mailto:`),
 * the website and Telegram (t.me), Cyrillic domains in Unicode.
 */
export function ContactFacts(props: { client: ClientRecord }): JSX.Element {
  const i18n = useT();
  const website = () => (props.client.website ? websiteLink(props.client.website) : null);
  const telegram = () => telegramOf(props.client);
  return (
    <dl class="client-facts__links">
      <Show when={props.client.phones.length > 0}>
        <div class="client-facts__row">
          <dt>{i18n.t("clientPage.facts.phones")}</dt>
          <dd>
            <For each={props.client.phones.map(phoneLink)}>
              {(link) => <a href={link.href}>{link.text}</a>}
            </For>
          </dd>
        </div>
      </Show>
      <Show when={props.client.emails.length > 0}>
        <div class="client-facts__row">
          <dt>{i18n.t("clientPage.facts.emails")}</dt>
          <dd>
            <For each={props.client.emails.map(emailLink)}>
              {(link) => <a href={link.href}>{link.text}</a>}
            </For>
          </dd>
        </div>
      </Show>
      <Show when={website()}>
        {(link) => (
          <div class="client-facts__row">
            <dt>{i18n.t("clientPage.facts.website")}</dt>
            <dd>
              <a href={link().href} target="_blank" rel="noopener noreferrer">
                {link().text}
              </a>
            </dd>
          </div>
        )}
      </Show>
      <Show when={telegram()}>
        {(link) => (
          <div class="client-facts__row">
            <dt>{i18n.t("clientPage.facts.telegram")}</dt>
            <dd>
              <a href={link().href} target="_blank" rel="noopener noreferrer">
                {link().text}
              </a>
            </dd>
          </div>
        )}
      </Show>
    </dl>
  );
}
