import type { JSX } from "solid-js";
import { useT } from "../i18n/index.ts";
import { type ExportList, exportUrl } from "./export-url.ts";

/**
 * A secondary button that downloads a list as CSV with the page's filters and language. Show it
 * only to someone holding the list's permission: the server refuses the rest.
 *
 * @example <Show when={access.can("core.audit.read")}><ExportLink list="audit" filters={query()} label={i18n.t("settings.audit.export")} /></Show>
 */
export function ExportLink(props: {
  list: ExportList;
  filters: Readonly<Record<string, string | number | boolean | null | undefined>>;
  label: string;
}): JSX.Element {
  const i18n = useT();
  return (
    <a
      class="q-button"
      data-variant="secondary"
      href={exportUrl(props.list, props.filters, i18n.locale())}
      download=""
    >
      {props.label}
    </a>
  );
}
