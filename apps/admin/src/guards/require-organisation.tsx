import { Navigate } from "@solidjs/router";
import { createEffect, type JSX, Match, Switch } from "solid-js";
import { useT } from "../i18n/index.ts";
import { useApi } from "../lib/api-context.tsx";
import { useMe } from "../lib/me.ts";
import { failureOf } from "../lib/server-errors.ts";
import { failureText } from "../lib/server-messages.ts";
import { FullPageError, FullPageSpinner } from "./full-page.tsx";

/**
 * Pages of an organisation: someone without one goes to onboarding. The tab is pinned to the
 * organisation the server answered for, or to the first one when the remembered one is gone.
 */
export function RequireOrganisation(props: { children?: JSX.Element }): JSX.Element {
  const i18n = useT();
  const { org } = useApi();
  const me = useMe();
  createEffect(() => {
    const data = me.data;
    if (!data || me.isPlaceholderData) return;
    const fallback = data.organisations[0]?.id ?? null;
    const active = data.activeOrgId ?? fallback;
    if (active && active !== org.id()) org.set(active);
  });
  return (
    <Switch fallback={<FullPageSpinner />}>
      <Match when={me.isError && !me.data}>
        <FullPageError message={failureText(i18n, failureOf(me.error))} onRetry={() => me.refetch()} />
      </Match>
      <Match when={me.data?.organisations.length === 0}>
        <Navigate href="/onboarding" />
      </Match>
      <Match when={me.data?.activeOrgId}>{props.children}</Match>
    </Switch>
  );
}
