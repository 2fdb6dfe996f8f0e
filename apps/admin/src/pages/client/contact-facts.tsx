import { type ContactLink, emailLink, telegramLink, websiteLink } from "@quartet/ui";
import { For, type JSX, Show } from "solid-js";
import { PhoneLink } from "../../components/phone/phone-link.tsx";
import { useT } from "../../i18n/index.ts";
import type { ClientRecord } from "./client-types.ts";

/** A custom field holding a Telegram handle: its key names Telegram. */
function telegramOf(client: ClientRecord): ContactLink | null {
  const entry = Object.entries(client.customFields).find(([key]) => /telegram|^tg$/i.test(key));
  return typeof entry?.[1] === "string" ? telegramLink(entry[1]) : null;
}

/** One labelled row; nothing when it is empty. */
function FactRow(props: { label: string; shown: boolean; children: JSX.Element }): JSX.Element {
  return (
    <Show when={props.shown}>
      <div class="client-facts__row">
        <dt>{props.label}</dt>
        <dd>{props.children}</dd>
      </div>
    </Show>
  );
}

/** One labelled row of links; nothing when there are none. Outside links open in a new tab. */
function LinkRow(props: { label: string; links: readonly ContactLink[]; outside?: boolean }): JSX.Element {
  return (
    <FactRow label={props.label} shown={props.links.length > 0}>
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
    </FactRow>
  );
}

/**
 * How to reach the client, as links: phones as people write them (`tel:`, or a call through the
 * exchange when the member has one), emails (`mailto:`),
 * the website and Telegram (t.me), Cyrillic domains in Unicode.
 */
export function ContactFacts(props: { client: ClientRecord }): JSX.Element {
  const i18n = useT();
  const website = () => (props.client.website ? [websiteLink(props.client.website)] : []);
  const telegram = () => [telegramOf(props.client)].filter((link): link is ContactLink => link !== null);
  return (
    <dl class="client-facts__links">
      <FactRow label={i18n.t("clientPage.facts.phones")} shown={props.client.phones.length > 0}>
        <For each={props.client.phones}>{(phone) => <PhoneLink phone={phone} />}</For>
      </FactRow>
      <LinkRow label={i18n.t("clientPage.facts.emails")} links={props.client.emails.map(emailLink)} />
      <LinkRow label={i18n.t("clientPage.facts.website")} links={website()} outside />
      <LinkRow label={i18n.t("clientPage.facts.telegram")} links={telegram()} outside />
    </dl>
  );
}
