import { Select } from "@quartet/ui";
import { useSearchParams } from "@solidjs/router";
import { createResource, type JSX } from "solid-js";
import { type PipelineView, useFirstSaleApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";

/**
 * The organisation's pipelines and the one chosen in the address (`?pipeline=`), the default one
 * otherwise; the board and the list share it, so switching views keeps the pipeline.
 */
export function createPipelineChoice() {
  const api = useFirstSaleApi();
  const [params, setParams] = useSearchParams<{ pipeline?: string }>();
  const [pipelines] = createResource(() => api.pipelines.list.query());
  const chosen = (): PipelineView | undefined => {
    const all = pipelines() ?? [];
    return all.find((p) => p.id === params.pipeline) ?? all.find((p) => p.isDefault) ?? all[0];
  };
  return {
    pipelines,
    chosen,
    choose: (id: string) => {
      if (id !== chosen()?.id) setParams({ pipeline: id });
    },
  };
}

/** What `createPipelineChoice` gives. */
export type PipelineChoice = ReturnType<typeof createPipelineChoice>;

/** The pipeline switcher. */
export function PipelinePicker(props: { choice: PipelineChoice }): JSX.Element {
  const options = () =>
    (props.choice.pipelines() ?? []).map((p) => ({
      value: p.id,
      label: p.isDefault ? i18n.t("pipelines.defaultName", { name: p.name }) : p.name,
    }));
  return (
    <Select
      label={i18n.t("board.pipeline")}
      options={options()}
      value={props.choice.chosen()?.id}
      onChange={(id) => props.choice.choose(id)}
    />
  );
}
