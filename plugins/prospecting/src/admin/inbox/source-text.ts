import { createResource } from "solid-js";
import { useCan, useProspectingApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { perm } from "../permissions.ts";
import { sourceLabel } from "../shared/source-label.ts";

/** A request's source in words (`form:zayavka` → «Форма «Заявка с сайта»», `manual` → «Внесена вручную»). */
export function sourceText(source: string, formNames: ReadonlyMap<string, string>): string {
  const label = sourceLabel(source, formNames);
  if (label.kind === "other") return label.name ?? source;
  if (label.kind === "manual" || label.name === null) return i18n.t(`sourceOf.${label.kind}`);
  return i18n.t(`sourceOf.${label.kind}Named`, { name: label.name });
}

/** The organisation's forms by their source (`form:<slug>` → name), for those who may read the forms; empty for the rest. */
export function useFormNames(): () => ReadonlyMap<string, string> {
  const api = useProspectingApi();
  const can = useCan();
  const [forms] = createResource(
    () => can(perm.formsManage) || null,
    () => api.forms.list.query(),
  );
  return () => new Map((forms() ?? []).map((form) => [form.source, form.name]));
}
