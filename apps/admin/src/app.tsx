import { collectRoutes, I18nProvider, PluginHostProvider } from "@quartet/ui";
import { Route, Router } from "@solidjs/router";
import { QueryClientProvider } from "@tanstack/solid-query";
import { For, type JSX, lazy } from "solid-js";
import { i18n } from "./i18n/index.ts";
import { useHealthz } from "./lib/healthz.ts";
import { createAppQueryClient } from "./lib/query-client.ts";
import { createPluginHost } from "./plugins.ts";
import { PluginRoute } from "./shell/plugin-route.tsx";
import { Shell } from "./shell/shell.tsx";

const StatusPage = lazy(() => import("./pages/status/status-page.tsx"));
const NotFoundPage = lazy(() => import("./pages/not-found-page.tsx"));

function Routes(): JSX.Element {
  const healthz = useHealthz();
  const host = createPluginHost(() => healthz.data?.plugins.map((plugin) => plugin.id) ?? []);
  const pluginRoutes = collectRoutes(host);
  return (
    <PluginHostProvider host={host}>
      <Router root={Shell}>
        <Route path="/" component={StatusPage} />
        <For each={pluginRoutes}>
          {(route) => <Route path={route.path} component={() => <PluginRoute route={route} />} />}
        </For>
        <Route path="*404" component={NotFoundPage} />
      </Router>
    </PluginHostProvider>
  );
}

/** The admin app: query cache, translations, the plugin host and the routes inside the shell. */
export function App(): JSX.Element {
  return (
    <QueryClientProvider client={createAppQueryClient()}>
      <I18nProvider i18n={i18n}>
        <Routes />
      </I18nProvider>
    </QueryClientProvider>
  );
}
