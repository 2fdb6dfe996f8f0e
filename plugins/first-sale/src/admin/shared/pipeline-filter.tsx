import { Select } from "@quartet/ui";
import { createResource, type JSX } from "solid-js";
import { useFirstSaleApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";

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
        { value: "", label: i18n.t("forecast.allPipelines") },
        ...(pipelines() ?? []).map((p) => ({ value: p.id, label: p.name })),
      ]}
      value={props.value}
      onChange={props.onChange}
    />
  );
}
