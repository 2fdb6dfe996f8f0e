import { Button, Card, I18nProvider, usePluginHost } from "@quartet/ui";
import { A } from "@solidjs/router";
import { createResource, createSignal, For, type JSX, Show } from "solid-js";
import { useReferralsApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import "../shared/plugin.css";
import { day, perm, sums } from "../shared/words.ts";
import { RecordDialog } from "./record-dialog.tsx";

/**
 * The `client.sidePanel` widget: who referred this client (or a button to record it, for those
 * who may), and whom it referred, each with the reward due so far.
 */
export default function ReferralsWidget(props: { clientId: string }): JSX.Element {
  const api = useReferralsApi();
  const host = usePluginHost();
  const [open, setOpen] = createSignal(false);
  const [data, { refetch }] = createResource(
    () => props.clientId,
    (clientId) => api.ofClient.query({ clientId }),
  );
  return (
    <I18nProvider i18n={i18n}>
      <Show when={data()}>
        {(d) => (
          <Card title={i18n.t("widget.title")}>
            <div class="q-stack q-gap-3">
              <Show
                when={d().referredBy}
                fallback={
                  <div class="q-row">
                    <span class="q-muted">{i18n.t("widget.notReferred")}</span>
                    <Show when={host.can(perm.write)}>
                      <Button variant="secondary" size="sm" onClick={() => setOpen(true)}>
                        {i18n.t("widget.record")}
                      </Button>
                    </Show>
                  </div>
                }
              >
                {(by) => (
                  <p>
                    <A href={`/clients/${by().clientId}`}>
                      {i18n.t("widget.referredBy", { name: by().name })}
                    </A>
                    <span class="q-muted"> · {day(by().since)}</span>
                  </p>
                )}
              </Show>
              <div>
                <h3 class="q-muted">{i18n.t("widget.referred")}</h3>
                <ul class="referrals-list q-stack q-gap-1">
                  <For
                    each={d().referred}
                    fallback={<li class="q-muted">{i18n.t("widget.noneReferred")}</li>}
                  >
                    {(r) => (
                      <li>
                        <A href={`/clients/${r.clientId}`}>{r.name}</A>
                        <span class="q-muted"> · {sums(r.rewards) || i18n.t("widget.noReward")}</span>
                      </li>
                    )}
                  </For>
                </ul>
              </div>
            </div>
            <RecordDialog
              clientId={props.clientId}
              open={open()}
              onOpenChange={setOpen}
              onDone={() => void refetch()}
            />
          </Card>
        )}
      </Show>
    </I18nProvider>
  );
}
