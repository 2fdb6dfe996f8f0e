import { Button, Callout, Card, Checkbox, Select, showToast, TextField } from "@quartet/ui";
import { createSignal, type JSX, Show } from "solid-js";
import { failureOf, useProspectingApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";

const stages = ["prospect", "lead", "negotiation", "customer"] as const;

type ListFilterDraft = { tag: string; region: string; industry: string; stage: "" | (typeof stages)[number] };

/** The filter the server takes: blanks left out. */
function filterOf(draft: ListFilterDraft) {
  const text = (value: string) => (value.trim() ? value.trim() : undefined);
  return {
    tag: text(draft.tag),
    region: text(draft.region),
    industry: text(draft.industry),
    stage: draft.stage || undefined,
  };
}

/**
 * Builds a call list from client filters (tag, region, industry, stage, never called): counts
 * the matching clients first, then builds and reports who was added and who was skipped.
 */
export function ListBuilder(props: { onBuilt: () => void; onCancel: () => void }): JSX.Element {
  const api = useProspectingApi();
  const [name, setName] = createSignal("");
  const [filter, setFilter] = createSignal<ListFilterDraft>({ tag: "", region: "", industry: "", stage: "" });
  const [neverCalled, setNeverCalled] = createSignal(true);
  const [count, setCount] = createSignal<{ matched: number; neverCalled: number; truncated: boolean } | null>(
    null,
  );
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const [busy, setBusy] = createSignal(false);
  const set = (key: keyof ListFilterDraft) => (value: string) => {
    setCount(null);
    setFilter({ ...filter(), [key]: value });
  };
  const refused = (error: unknown) => {
    const failure = failureOf(error);
    const fields = failure.fields;
    setErrors({ ...fields, form: fields.filter ?? failure.message });
  };
  const preview = async () => {
    setErrors({});
    try {
      setCount(await api.lists.preview.query({ filter: filterOf(filter()) }));
    } catch (error) {
      refused(error);
    }
  };
  const build = async () => {
    setBusy(true);
    setErrors({});
    try {
      const list = await api.lists.create.mutate({
        name: name(),
        filter: filterOf(filter()),
        neverCalled: neverCalled(),
      });
      const report = list.added;
      showToast({
        title: i18n.t("calling.built", { added: report?.added ?? 0 }),
        description: report
          ? i18n.t("calling.skipped", {
              noPhone: report.noPhone,
              doNotCall: report.doNotCall,
              calledBefore: report.calledBefore,
            })
          : undefined,
        tone: "success",
      });
      props.onBuilt();
    } catch (error) {
      refused(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title={i18n.t("calling.newList")}>
      <div class="pr-stack">
        <TextField label={i18n.t("calling.name")} value={name()} onChange={setName} error={errors().name} />
        <fieldset class="pr-fieldset">
          <legend>{i18n.t("calling.filters")}</legend>
          <div class="pr-filters">
            <TextField label={i18n.t("calling.tag")} value={filter().tag} onChange={set("tag")} />
            <TextField label={i18n.t("calling.region")} value={filter().region} onChange={set("region")} />
            <TextField
              label={i18n.t("calling.industry")}
              value={filter().industry}
              onChange={set("industry")}
            />
            <Select
              label={i18n.t("calling.stage")}
              options={[
                { value: "any", label: i18n.t("calling.anyStage") },
                ...stages.map((s) => ({ value: s, label: i18n.t(`stage.${s}`) })),
              ]}
              value={filter().stage || "any"}
              onChange={(stage) => set("stage")(stage === "any" ? "" : stage)}
            />
          </div>
          <Checkbox label={i18n.t("calling.neverCalled")} checked={neverCalled()} onChange={setNeverCalled} />
        </fieldset>
        <div class="pr-actions">
          <Button onClick={() => void preview()}>{i18n.t("calling.count")}</Button>
          <Show when={count()}>
            {(c) => (
              <span class="pr-count" role="status">
                {i18n.t("calling.counted", { matched: c().matched, neverCalled: c().neverCalled })}
              </span>
            )}
          </Show>
        </div>
        <Show when={count()?.truncated}>
          <Callout tone="warning">{i18n.t("calling.truncated")}</Callout>
        </Show>
        <Show when={errors().form}>{(message) => <Callout tone="danger">{message()}</Callout>}</Show>
        <div class="pr-actions">
          <Button variant="primary" loading={busy()} onClick={() => void build()}>
            {i18n.t("calling.build")}
          </Button>
          <Button onClick={() => props.onCancel()}>{i18n.t("common.cancel")}</Button>
        </div>
      </div>
    </Card>
  );
}
