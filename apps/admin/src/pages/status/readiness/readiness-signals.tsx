import { Card } from "@quartet/ui";
import { useQuery, useQueryClient } from "@tanstack/solid-query";
import { createSignal, For, type JSX, Show } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import { useApi } from "../../../lib/api-context.tsx";
import { useAccess } from "../../../lib/me.ts";
import { invalidateOrg, orgKey } from "../../../lib/org-key.ts";
import { runAction } from "../../../lib/run-action.ts";
import type { SignalData } from "./readiness-types.ts";
import { SignalCallout } from "./signal-callout.tsx";
import "./readiness.css";

/** How long "Remind me in a week" hides a signal. */
const snoozeDays = 7;

/**
 * Advice about the department's next growth step (`core.readiness.list`), each signal in words with
 * its numbers, a link to act and — with `core.readiness.manage` — hide or snooze. Shows nothing to
 * those who may not read the monitor, and nothing while no signal holds. Takes no props, so any
 * page can mount it.
 */
export function ReadinessSignals(): JSX.Element {
  const i18n = useT();
  const { trpc, org } = useApi();
  const access = useAccess();
  const queryClient = useQueryClient();
  const [busy, setBusy] = createSignal<string | null>(null);
  const list = useQuery(() => ({
    queryKey: orgKey(org.id(), "readiness"),
    queryFn: () => trpc.core.readiness.list.query(),
    enabled: access.can("core.monitor.read"),
    // Advice changes with weeks of work, not seconds: one read a minute is plenty.
    staleTime: 60_000,
  }));
  const signals = () => list.data?.signals ?? [];
  const viewer = () => ({ userId: access.userId(), isOwner: access.isOwner() });
  const hide = async (signal: SignalData["key"], snooze: boolean) => {
    setBusy(signal);
    await runAction(
      i18n,
      () =>
        snooze
          ? trpc.core.readiness.snooze.mutate({ signal, days: snoozeDays })
          : trpc.core.readiness.dismiss.mutate({ signal }),
      i18n.t(snooze ? "readiness.snoozed" : "readiness.dismissed"),
    );
    await invalidateOrg(queryClient, org.id(), "readiness");
    setBusy(null);
  };
  return (
    <>
      <Show when={list.isError}>
        <Card class="readiness" title={i18n.t("readiness.title")}>
          <p class="q-muted">{i18n.t("readiness.failed")}</p>
        </Card>
      </Show>
      <Show when={signals().length > 0}>
        <Card
          class="readiness"
          title={i18n.t("readiness.title")}
          description={i18n.t("readiness.description")}
        >
          <div class="q-stack q-gap-3">
            <For each={signals()}>
              {(signal) => (
                <SignalCallout
                  signal={signal}
                  viewer={viewer()}
                  canManage={access.can("core.readiness.manage")}
                  busy={busy() === signal.key}
                  onDismiss={() => hide(signal.key, false)}
                  onSnooze={() => hide(signal.key, true)}
                />
              )}
            </For>
          </div>
        </Card>
      </Show>
    </>
  );
}

export default ReadinessSignals;
