import { For, type JSX, Show } from "solid-js";
import { Button } from "../components/button.tsx";
import { Select } from "../components/select.tsx";
import { type Locale, locales } from "../i18n/types.ts";
import type { DocumentTypeItem } from "./documents-api.ts";
import { documentsText } from "./documents-messages.ts";
import { inSentence } from "./in-sentence.ts";

/**
 * The buttons that issue a document, one per type the viewer may issue here («Сформировать счёт
 * на оплату», «Новая версия: …» once one exists), with the language the PDF is made in. The
 * button of the type being issued is busy.
 */
export function IssueBar(props: {
  types: readonly DocumentTypeItem[];
  /** While the types load: the bar says it is busy (it may stay empty for a viewer who issues nothing). */
  loading: boolean;
  /** The types of which a version exists already. */
  issuedTypes: ReadonlySet<string>;
  busyType: string | null;
  locale: Locale;
  onLocaleChange: (locale: Locale) => void;
  onIssue: (type: DocumentTypeItem) => void;
}): JSX.Element {
  const words = documentsText();
  const label = (type: DocumentTypeItem) =>
    props.issuedTypes.has(type.type)
      ? words.t("issueAgain", { name: inSentence(type.name) })
      : words.t("issue", { name: inSentence(type.name) });
  return (
    <div class="q-documents__issue" aria-busy={props.loading ? "true" : undefined}>
      <For each={props.types}>
        {(type, index) => (
          <Button
            variant={index() === 0 ? "primary" : "secondary"}
            size="sm"
            loading={props.busyType === type.type}
            disabled={props.busyType !== null && props.busyType !== type.type}
            onClick={() => props.onIssue(type)}
          >
            {label(type)}
          </Button>
        )}
      </For>
      <Show when={props.types.length > 0}>
        <Select
          class="q-documents__language"
          label={words.t("language")}
          options={locales.map((value) => ({ value, label: words.t(`languages.${value}`) }))}
          value={props.locale}
          onChange={(value) => props.onLocaleChange(value as Locale)}
        />
      </Show>
    </div>
  );
}
