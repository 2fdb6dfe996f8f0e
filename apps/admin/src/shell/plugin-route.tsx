import { type CollectedRoute, canOpenRoute, usePluginHost, WidgetFrame } from "@quartet/ui";
import { type JSX, Show } from "solid-js";
import { ForbiddenPage } from "../guards/forbidden-page.tsx";
import { useAccess } from "../lib/me.ts";

/**
 * A plugin's page: loaded lazily inside an error boundary, and only when the plugin is enabled
 * and the user holds the route's permission; otherwise a "not available" card (decided once the
 * user's permissions have arrived).
 */
export function PluginRoute(props: { route: CollectedRoute }): JSX.Element {
  const host = usePluginHost();
  const access = useAccess();
  return (
    <Show when={access.ready()}>
      <Show when={canOpenRoute(host, props.route)} fallback={<ForbiddenPage />}>
        <WidgetFrame
          pluginId={props.route.pluginId}
          pluginName={host.pluginName?.(props.route.pluginId)}
          component={props.route.component}
          props={{}}
          page
        />
      </Show>
    </Show>
  );
}

export default PluginRoute;
