import { Select } from "@quartet/ui";
import { createResource, type JSX } from "solid-js";
import { useFirstSaleApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";

/** Stands for "all pipelines": the select shows no option whose value is empty. */
const all = "*";

/** A pipeline to narrow a report to, or all of them (""). */
export function PipelineFilter(props: {
  value: string;
  onChange: (pipelineId: string) => void;
}): JSX.Element {
  const api = useFirstSaleApi();
  const [pipelines] = createResource(() => api.pipelines.list.query());
  return (
    <Select
      label={i18n.t("list.pipeline")}
      options={[
        { value: all, label: i18n.t("forecast.allPipelines") },
        ...(pipelines() ?? []).map((p) => ({ value: p.id, label: p.name })),
      ]}
      value={props.value || all}
      onChange={(value) => props.onChange(value === all ? "" : value)}
    />
  );
}
