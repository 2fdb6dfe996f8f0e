import {
  Card,
  type CollectedRoute,
  canOpenRoute,
  EmptyState,
  IconAlert,
  usePluginHost,
  WidgetFrame,
} from "@quartet/ui";
import { type JSX, Show } from "solid-js";
import { useT } from "../i18n/index.ts";

/**
 * A plugin's page: loaded lazily inside an error boundary, and only when the plugin is enabled
 * and the user holds the route's permission; otherwise a "not available" card.
 */
export function PluginRoute(props: { route: CollectedRoute }): JSX.Element {
  const i18n = useT();
  const host = usePluginHost();
  return (
    <Show
      when={canOpenRoute(host, props.route)}
      fallback={
        <div class="q-container">
          <Card>
            <EmptyState
              icon={<IconAlert />}
              titleAs="h1"
              title={i18n.t("forbidden.title")}
              description={i18n.t("forbidden.description")}
            />
          </Card>
        </div>
      }
    >
      <WidgetFrame pluginId={props.route.pluginId} component={props.route.component} props={{}} page />
    </Show>
  );
}

export default PluginRoute;
