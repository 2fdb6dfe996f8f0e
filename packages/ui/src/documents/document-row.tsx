import { For, type JSX, Show } from "solid-js";
import { Badge } from "../components/badge.tsx";
import { Button } from "../components/button.tsx";
import { IconAlert, IconMail } from "../components/icons.tsx";
import { downloadUrl } from "./document-links.ts";
import type { IssuedDocumentItem } from "./documents-api.ts";
import { documentsText } from "./documents-messages.ts";

/**
 * One issued version in the list: its name and number, «версия 2», the date and total, whom it
 * was mailed to and when (and a mailing the mail server refused), and preview, download and send.
 */
export function DocumentRow(props: {
  document: IssuedDocumentItem;
  canSend: boolean;
  onPreview: () => void;
  onSend: () => void;
}): JSX.Element {
  const words = documentsText();
  const named = () => ({
    name: props.document.typeName,
    number: props.document.number,
    version: props.document.version,
  });
  const mailing = (sending: { to: string[]; at: number }) => ({
    to: sending.to.join(", "),
    date: words.formatDate(sending.at, { day: "numeric", month: "short" }),
  });
  const meta = () =>
    [
      words.formatDate(props.document.date),
      words.formatMoney(props.document.total),
      props.document.locale === words.locale() ? "" : words.t(`inLanguage.${props.document.locale}`),
      props.document.superseded ? words.t("superseded") : "",
    ].filter(Boolean);
  return (
    <li class="q-document" data-superseded={props.document.superseded ? "" : undefined}>
      <div class="q-document__main">
        <p class="q-document__title">
          <strong>{words.t("heading", named())}</strong>
          <Badge tone={props.document.superseded ? "neutral" : "info"}>
            {words.t("version", { version: props.document.version })}
          </Badge>
        </p>
        <p class="q-document__meta">{meta().join(" · ")}</p>
        <For each={props.document.sent}>
          {(sending) => (
            <p class="q-document__sent">
              <IconMail size={14} />
              <span>{words.t("sentTo", mailing(sending))}</span>
            </p>
          )}
        </For>
        <For each={props.document.failed ?? []}>
          {(sending) => (
            <p class="q-document__sent" data-failed="">
              <IconAlert size={14} />
              <span>{words.t("failedTo", mailing(sending))}</span>
            </p>
          )}
        </For>
      </div>
      <div class="q-document__actions">
        <Button
          variant="ghost"
          size="sm"
          aria-label={words.t("previewOf", named())}
          onClick={() => props.onPreview()}
        >
          {words.t("preview")}
        </Button>
        <a
          class="q-button q-documents__link"
          data-variant="ghost"
          data-size="sm"
          href={downloadUrl(props.document.url)}
          download={props.document.fileName}
          aria-label={words.t("downloadOf", named())}
        >
          {words.t("download")}
        </a>
        <Show when={props.canSend}>
          <Button
            variant="ghost"
            size="sm"
            aria-label={words.t("sendOf", named())}
            onClick={() => props.onSend()}
          >
            {words.t("send")}
          </Button>
        </Show>
      </div>
    </li>
  );
}
