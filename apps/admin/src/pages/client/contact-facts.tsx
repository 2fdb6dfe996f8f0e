import { type ContactLink, emailLink, phoneLink, telegramLink, websiteLink } from "@quartet/ui";
import { For, type JSX, Show } from "solid-js";
import { useT } from "../../i18n/index.ts";
import type { ClientRecord } from "./client-types.ts";

/** A custom field holding a Telegram handle: its key names Telegram. */
function telegramOf(client: ClientRecord): ContactLink | null {
  const entry = Object.entries(client.customFields).find(([key]) => /telegram|^tg$/i.test(key));
  return typeof entry?.[1] === "string" ? telegramLink(entry[1]) : null;
}

/** One labelled row of links; nothing when there are none. Outside links open in a new tab. */
function LinkRow(props: { label: string; links: readonly ContactLink[]; outside?: boolean }): JSX.Element {
  return (
    <Show when={props.links.length > 0}>
      <div class="client-facts__row">
        <dt>{props.label}</dt>
        <dd>
          <For each={props.links}>
            {(link) => (
              <a
                href={link.href}
                target={props.outside ? "_blank" : undefined}
                rel={props.outside ? "noopener noreferrer" : undefined}
              >
                {link.text}
              </a>
            )}
          </For>
        </dd>
      </div>
    </Show>
  );
}

/**
 * How to reach the client, as links: phones as people write them (`tel:`), emails (`mailto:`),
 * the website and Telegram (t.me), Cyrillic domains in Unicode.
 */
export function ContactFacts(props: { client: ClientRecord }): JSX.Element {
  const i18n = useT();
  const website = () => (props.client.website ? [websiteLink(props.client.website)] : []);
  const telegram = () => [telegramOf(props.client)].filter((link): link is ContactLink => link !== null);
  return (
    <dl class="client-facts__links">
      <LinkRow label={i18n.t("clientPage.facts.phones")} links={props.client.phones.map(phoneLink)} />
      <LinkRow label={i18n.t("clientPage.facts.emails")} links={props.client.emails.map(emailLink)} />
      <LinkRow label={i18n.t("clientPage.facts.website")} links={website()} outside />
      <LinkRow label={i18n.t("clientPage.facts.telegram")} links={telegram()} outside />
    </dl>
  );
}
