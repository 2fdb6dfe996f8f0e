import {
  Button,
  Callout,
  currencySign,
  I18nProvider,
  IconPlus,
  LoadFailed,
  loaded,
  showToast,
} from "@quartet/ui";
import { createEffect, createResource, createSignal, For, type JSX, Show, untrack } from "solid-js";
import { createStore, produce, reconcile, unwrap } from "solid-js/store";
import { useCoreApi, useVipApi } from "../api.ts";
import { en } from "../i18n/en.ts";
import { i18n } from "../i18n/index.ts";
import { ru } from "../i18n/ru.ts";
import { errorText, fieldErrorsOf } from "../shared/errors.ts";
import { PageHead } from "../shared/page-head.tsx";
import { CalendarCard } from "./calendar-card.tsx";
import { GeneralCard } from "./general-card.tsx";
import { type Preview, PreviewCard } from "./preview-card.tsx";
import { type Draft, moved, newTier } from "./program-draft.ts";
import { TierCard } from "./tier-card.tsx";

/**
 * `/vip/program`: the tier editor — tiers lowest first with criteria (all / any) and privileges,
 * grace, payment terms, review period and the business calendar; money in roubles. "Preview"
 * shows who would be promoted, demoted or warned; only then can the program be saved.
 */
export default function ProgramPage(): JSX.Element {
  const api = useVipApi();
  const core = useCoreApi();
  const [stored, { refetch }] = createResource(() => api.program.get.query());
  const [org] = createResource(() => core.org.get.query().catch(() => ({ defaultCurrency: "RUB" })));
  const currency = () => loaded(org)?.defaultCurrency ?? "RUB";
  const [draft, setDraft] = createStore<{ program: Draft | null }>({ program: null });
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const [preview, setPreview] = createSignal<{ result: Preview; of: string } | null>(null);
  const [busy, setBusy] = createSignal<"preview" | "save" | null>(null);
  const snapshot = () => JSON.stringify(draft.program);
  const update = (change: (program: Draft) => void) =>
    setDraft(
      "program",
      produce((p) => p && change(p)),
    );
  const start = (program: Draft) => setDraft("program", reconcile(structuredClone(program)));
  createEffect(() => {
    const p = loaded(stored);
    if (p && untrack(() => draft.program) === null) start(p);
  });
  const refuse = (error: unknown) => {
    const fields = fieldErrorsOf(error);
    setErrors(fields);
    showToast({ title: errorText(error), tone: "error" });
  };
  const runPreview = async () => {
    const program = unwrap(draft.program);
    if (!program) return;
    setBusy("preview");
    try {
      const result = await api.program.preview.query(program);
      setErrors({});
      setPreview({ result, of: snapshot() });
    } catch (error) {
      setPreview(null);
      refuse(error);
    } finally {
      setBusy(null);
    }
  };
  const save = async () => {
    const program = unwrap(draft.program);
    if (!program) return;
    setBusy("save");
    try {
      const saved = await api.program.save.mutate(program);
      start(saved.program);
      setPreview(null);
      showToast({ title: i18n.t("program.saved", saved.result), tone: "success" });
    } catch (error) {
      refuse(error);
    } finally {
      setBusy(null);
    }
  };
  const error = (path: string) => errors()[path];
  return (
    <I18nProvider i18n={i18n}>
      <div class="q-container">
        <PageHead title={i18n.t("program.title")} subtitle={i18n.t("program.subtitle")} />
        <Show when={!stored.error} fallback={<LoadFailed onRetry={() => void refetch()} />}>
          <Show when={draft.program}>
            {(program) => (
              <div class="vip-program">
                <section class="vip-section">
                  <h2>{i18n.t("program.tiers")}</h2>
                  <p class="vip-hint">{i18n.t("program.tiersHint")}</p>
                </section>
                <Show when={error("tiers")}>{(m) => <Callout tone="danger">{m()}</Callout>}</Show>
                <For each={program().tiers}>
                  {(tier, i) => (
                    <TierCard
                      tier={tier}
                      index={i()}
                      count={program().tiers.length}
                      currencySign={currencySign(i18n.locale(), currency())}
                      error={error}
                      update={(change) =>
                        update((p) => {
                          const t = p.tiers[i()];
                          if (t) change(t);
                        })
                      }
                      onMove={(to) =>
                        update((p) => {
                          p.tiers = moved(p.tiers, i(), to);
                        })
                      }
                      onRemove={() => update((p) => void p.tiers.splice(i(), 1))}
                    />
                  )}
                </For>
                <div>
                  <Button
                    icon={<IconPlus />}
                    onClick={() =>
                      update(
                        (p) =>
                          void p.tiers.push(
                            newTier(p.tiers, { ru: ru.program.newTier, en: en.program.newTier }),
                          ),
                      )
                    }
                  >
                    {i18n.t("program.addTier")}
                  </Button>
                </div>
                <GeneralCard
                  value={program()}
                  error={error}
                  onField={(field, value) =>
                    update((p) => {
                      p[field] = value;
                    })
                  }
                />
                <CalendarCard
                  value={program().calendar}
                  error={error}
                  update={(change) => update((p) => change(p.calendar))}
                />
                <div class="vip-actions">
                  <Button
                    variant={preview() ? "secondary" : "primary"}
                    loading={busy() === "preview"}
                    onClick={() => void runPreview()}
                  >
                    {i18n.t("program.preview")}
                  </Button>
                </div>
                <Show when={preview()}>
                  {(p) => (
                    <PreviewCard
                      preview={p().result}
                      draft={program()}
                      currency={currency()}
                      stale={p().of !== snapshot()}
                      saving={busy() === "save"}
                      onSave={() => void save()}
                    />
                  )}
                </Show>
              </div>
            )}
          </Show>
        </Show>
      </div>
    </I18nProvider>
  );
}
