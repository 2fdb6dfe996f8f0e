import { Button, Card, Checkbox, FileField, ProgressBar, RadioCards } from "@quartet/ui";
import { A } from "@solidjs/router";
import { useQuery, useQueryClient } from "@tanstack/solid-query";
import { createEffect, createSignal, type JSX, Show } from "solid-js";
import { RequirePermission } from "../../guards/require-permission.tsx";
import { useT } from "../../i18n/index.ts";
import { useApi } from "../../lib/api-context.tsx";
import { invalidateOrg, orgKey } from "../../lib/org-key.ts";
import { usePageTitle } from "../../lib/page-title.ts";
import { failureOf } from "../../lib/server-errors.ts";
import { failureText } from "../../lib/server-messages.ts";
import { type DryRun, DryRunCard } from "./dry-run-card.tsx";
import { type MappedColumn, MappingTable } from "./mapping-table.tsx";
import {
  type AnalysedImport,
  type ImportTarget,
  importTargets,
  mappingOf,
  uploadClientsCsv,
} from "./upload-csv.ts";
import "./import.css";

/** What to do with a row matching an existing client, as `core.imports.start` takes it. */
const duplicateChoices = ["skip", "create", "update", "attach"] as const;
type DuplicateChoice = (typeof duplicateChoices)[number];

/**
 * `/clients/import`: upload a CSV, adjust the suggested column mapping, see a dry run's counts,
 * start with skip|create|update|attach on duplicates (and, with a registry key, requisites filled by INN),
 * follow the progress, and get the error report.
 */
export default function ImportPage(): JSX.Element {
  const i18n = useT();
  const { trpc, org } = useApi();
  const queryClient = useQueryClient();
  usePageTitle(() => i18n.t("importWizard.title"));
  const [analysed, setAnalysed] = createSignal<AnalysedImport | null>(null);
  const [columns, setColumns] = createSignal<MappedColumn[]>([]);
  const [dryRun, setDryRun] = createSignal<DryRun | null>(null);
  const [onDuplicate, setOnDuplicate] = createSignal<DuplicateChoice>("skip");
  const [fillFromRegistry, setFillFromRegistry] = createSignal(false);
  const [started, setStarted] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const job = useQuery(() => ({
    queryKey: orgKey(org.id(), "imports", analysed()?.importId),
    queryFn: () => trpc.core.imports.get.query({ importId: analysed()?.importId ?? "" }),
    enabled: started() && analysed() !== null,
    refetchInterval: (query) =>
      query.state.data?.progress?.state === "running" || !query.state.data?.progress ? 400 : false,
  }));
  const progress = () => job.data?.progress ?? null;
  const done = () => progress()?.state === "done" && progress()?.phase === "import";
  // A refusal in the server's words (its check of the mapping, a registry not set up); an upload's as ours.
  const act = async (action: () => Promise<void>, upload = false) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (cause) {
      setError(upload ? i18n.t("importWizard.failed") : failureText(i18n, failureOf(cause)));
    } finally {
      setBusy(false);
    }
  };
  const upload = (file: File) =>
    act(async () => {
      const result = await uploadClientsCsv(file, org.id());
      setAnalysed(result);
      setFillFromRegistry(false);
      setDryRun(null);
      setStarted(false);
      setColumns(
        result.mapping.map((column, index) => ({
          header: column.header,
          field: column.field,
          samples: result.sample.map((row) => row[index] ?? ""),
        })),
      );
    }, true);
  const check = () =>
    act(async () => {
      const importId = analysed()?.importId ?? "";
      setDryRun(
        await trpc.core.imports.dryRun.mutate({
          importId,
          mapping: mappingOf(columns()),
          onDuplicate: onDuplicate(),
        }),
      );
    });
  const start = () =>
    act(async () => {
      const importId = analysed()?.importId ?? "";
      await trpc.core.imports.start.mutate({
        importId,
        mapping: mappingOf(columns()),
        onDuplicate: onDuplicate(),
        fillFromRegistry: fillFromRegistry(),
      });
      setStarted(true);
    });
  const fieldLabel = (field: string) =>
    (importTargets as readonly string[]).includes(field)
      ? i18n.t(`importWizard.fields.${field as ImportTarget}`)
      : field;
  const remap = (header: string, field: MappedColumn["field"]) => {
    setDryRun(null);
    setColumns(columns().map((column) => (column.header === header ? { ...column, field } : column)));
  };
  createEffect(() => {
    if (done()) void invalidateOrg(queryClient, org.id(), "clients");
  });
  return (
    <RequirePermission permission="core.clients.import">
      <div class="q-container">
        <div class="q-page-header">
          <div class="q-stack q-gap-1">
            <h1>{i18n.t("importWizard.title")}</h1>
            <p class="q-muted">{i18n.t("importWizard.subtitle")}</p>
          </div>
          <A class="q-button" data-variant="secondary" href="/clients">
            {i18n.t("importWizard.back")}
          </A>
        </div>
        <div class="q-stack q-gap-6">
          <Card title={i18n.t("importWizard.upload")} description={i18n.t("importWizard.uploadHint")}>
            <FileField
              label={i18n.t("importWizard.file")}
              chooseLabel={i18n.t("fileField.choose")}
              emptyLabel={i18n.t("fileField.none")}
              accept=".csv,text/csv"
              disabled={busy() || started()}
              onFile={(file) => void upload(file)}
            />
          </Card>
          <Show when={analysed()}>
            {(file) => (
              <Card title={i18n.t("importWizard.mapping")} description={file().fileName} padding="flush">
                <MappingTable columns={columns()} onChange={remap} />
                <div class="import-actions">
                  <RadioCards
                    label={i18n.t("importWizard.onDuplicate")}
                    options={duplicateChoices.map((choice) => ({
                      value: choice,
                      label: i18n.t(`importWizard.${choice}`),
                      description: i18n.t(`importWizard.${choice}Hint`),
                    }))}
                    value={onDuplicate()}
                    onChange={(value) => {
                      setDryRun(null);
                      setOnDuplicate(duplicateChoices.find((choice) => choice === value) ?? "skip");
                    }}
                    disabled={started()}
                  />
                  <Show when={file().registry}>
                    <Checkbox
                      label={i18n.t("importWizard.fillFromRegistry")}
                      description={i18n.t("importWizard.fillFromRegistryHint")}
                      checked={fillFromRegistry()}
                      onChange={setFillFromRegistry}
                      disabled={started()}
                    />
                  </Show>
                  <Show when={!started()}>
                    <Button variant="secondary" loading={busy()} onClick={() => void check()}>
                      {i18n.t("importWizard.dryRun")}
                    </Button>
                  </Show>
                </div>
              </Card>
            )}
          </Show>
          <Show when={dryRun()}>
            {(report) => (
              <DryRunCard
                report={report()}
                fieldLabel={fieldLabel}
                canStart={!started()}
                busy={busy()}
                onStart={() => void start()}
              />
            )}
          </Show>
          <Show when={started()}>
            <Card title={i18n.t("importWizard.progress")}>
              <ProgressBar
                label={i18n.t("importWizard.progress")}
                value={progress()?.percent ?? 0}
                max={100}
                valueLabel={i18n.t("importWizard.percent", {
                  percent: Math.round(progress()?.percent ?? 0),
                  speed: i18n.formatNumber(Math.round(progress()?.rowsPerSecond ?? 0)),
                })}
              />
              <Show when={done()}>
                <div class="import-done" role="status">
                  <p>
                    {i18n.t("importWizard.done", {
                      created: i18n.formatNumber(progress()?.counts.created ?? 0),
                      duplicate: i18n.formatNumber(progress()?.counts.duplicate ?? 0),
                      invalid: i18n.formatNumber(progress()?.counts.invalid ?? 0),
                      warned: i18n.formatNumber(progress()?.counts.warned ?? 0),
                    })}
                  </p>
                  <Show when={progress()?.registry}>
                    {(registry) => (
                      <p>
                        {i18n.t("importWizard.registryDone", {
                          filled: i18n.formatNumber(registry().filled),
                          unfilled: i18n.formatNumber(registry().unfilled),
                        })}
                      </p>
                    )}
                  </Show>
                  <div class="import-done__links">
                    <A class="q-button" data-variant="primary" href="/clients">
                      {i18n.t("importWizard.toClients")}
                    </A>
                    <Show
                      when={
                        (progress()?.counts.invalid ?? 0) +
                          (progress()?.counts.duplicate ?? 0) +
                          (progress()?.counts.warned ?? 0) >
                        0
                      }
                    >
                      <a
                        class="q-button"
                        data-variant="secondary"
                        href={`/api/v1/imports/${analysed()?.importId}/errors.csv`}
                        download=""
                      >
                        {i18n.t("importWizard.errorReport")}
                      </a>
                    </Show>
                  </div>
                </div>
              </Show>
            </Card>
          </Show>
          <Show when={error()}>
            <p class="q-error" role="alert">
              {error()}
            </p>
          </Show>
        </div>
      </div>
    </RequirePermission>
  );
}
