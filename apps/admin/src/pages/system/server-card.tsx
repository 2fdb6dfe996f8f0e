import { Card, Spinner, StatusPill } from "@quartet/ui";
import { type JSX, Match, Show, Switch } from "solid-js";
import { useT } from "../../i18n/index.ts";
import type { useHealthz } from "../../lib/healthz.ts";

type HealthzQuery = ReturnType<typeof useHealthz>;

/** One labelled value; a spinner while the first answer is awaited, a dash when there is none. */
function Fact(props: {
  label: string;
  value: string | undefined;
  query: HealthzQuery;
  mono?: boolean;
}): JSX.Element {
  return (
    <div>
      <dt>{props.label}</dt>
      <dd classList={{ "q-mono": props.mono }}>
        <Show when={props.value !== undefined} fallback={props.query.isPending ? <Spinner size="sm" /> : "—"}>
          {props.value}
        </Show>
      </dd>
    </div>
  );
}

/** The server's state: online or not, its version, how many plugins it runs and when it was last checked. */
export function ServerCard(props: { healthz: HealthzQuery }): JSX.Element {
  const i18n = useT();
  const checkedAt = () => {
    const at = Math.max(props.healthz.dataUpdatedAt, props.healthz.errorUpdatedAt);
    return at > 0 ? i18n.formatDate(at, { timeStyle: "medium" }) : undefined;
  };
  const pluginCount = () => {
    const plugins = props.healthz.data?.plugins;
    return plugins ? i18n.formatNumber(plugins.length) : undefined;
  };
  return (
    <Card title={i18n.t("status.server.title")} class="server-card">
      <div class="server">
        <Switch>
          <Match when={props.healthz.isError}>
            <StatusPill status="error">{i18n.t("status.server.offline")}</StatusPill>
          </Match>
          <Match when={props.healthz.data}>
            <StatusPill status="ok">{i18n.t("status.server.online")}</StatusPill>
          </Match>
          <Match when={props.healthz.isPending}>
            <StatusPill status="pending">{i18n.t("status.server.checking")}</StatusPill>
          </Match>
        </Switch>
        <dl class="server__facts">
          <Fact
            label={i18n.t("status.server.version")}
            value={props.healthz.data?.version}
            query={props.healthz}
            mono
          />
          <Fact label={i18n.t("status.server.plugins")} value={pluginCount()} query={props.healthz} />
          <Fact label={i18n.t("status.server.checked")} value={checkedAt()} query={props.healthz} />
        </dl>
      </div>
    </Card>
  );
}
