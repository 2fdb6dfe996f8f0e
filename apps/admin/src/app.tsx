import { I18nProvider, PluginApiProvider, PluginHostProvider } from "@quartet/ui";
import { QueryClientProvider } from "@tanstack/solid-query";
import { type JSX, lazy } from "solid-js";
import { i18n } from "./i18n/index.ts";
import { createActiveOrgStore } from "./lib/active-org.ts";
import { ApiProvider } from "./lib/api-context.tsx";
import { useMe } from "./lib/me.ts";
import { createAppQueryClient } from "./lib/query-client.ts";
import { createSessionStore } from "./lib/session.ts";
import { SessionProvider } from "./lib/session-context.tsx";
import { createQuartetClient } from "./lib/trpc.ts";
import { createPluginHost } from "./plugins.ts";
import { AppRoutes } from "./routes.tsx";

const ToastRegion = lazy(() => import("./shell/toasts.tsx"));

function WithPluginHost(props: { children: JSX.Element }): JSX.Element {
  const me = useMe();
  return <PluginHostProvider host={createPluginHost(() => me.data)}>{props.children}</PluginHostProvider>;
}

/**
 * The admin app: the tab's organisation, the typed client, the session (asked for at start-up),
 * the query cache, translations, the plugin host and the routes.
 */
export function App(): JSX.Element {
  const org = createActiveOrgStore();
  const trpc = createQuartetClient({ orgId: org.id, locale: i18n.locale });
  const session = createSessionStore({
    onSignedOut: () => {
      queryClient.clear();
      org.set(null);
    },
  });
  const queryClient = createAppQueryClient({ onUnauthorized: () => session.refresh() });
  void session.refresh();
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider i18n={i18n}>
        <ApiProvider api={{ trpc, org }}>
          <PluginApiProvider api={{ trpc }}>
            <SessionProvider session={session}>
              <WithPluginHost>
                <AppRoutes />
                <ToastRegion />
              </WithPluginHost>
            </SessionProvider>
          </PluginApiProvider>
        </ApiProvider>
      </I18nProvider>
    </QueryClientProvider>
  );
}
