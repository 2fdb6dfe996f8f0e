import { collectNav, usePluginHost } from "@quartet/ui";
import { Navigate } from "@solidjs/router";
import { type JSX, Show } from "solid-js";
import { RequirePermission } from "../../guards/require-permission.tsx";
import { useAccess } from "../../lib/me.ts";
import { coreNav, healthPermission } from "../../shell/core-nav.ts";
import { landingPath } from "../../shell/landing-path.ts";
import StatusPage from "./status-page.tsx";

/**
 * `/`: the home page (the stool, and for heads of sales the monitor, the month's plan and the
 * team's week) for those who may read staffing; anyone else (a caller) goes to the first page
 * their navigation offers, e.g. the call screen. Nothing is decided before the
 * user's permissions arrive, or everyone would be sent away on a slow first load.
 */
export default function HomePage(): JSX.Element {
  const access = useAccess();
  const host = usePluginHost();
  const landing = () => landingPath(collectNav(host, coreNav));
  return (
    <Show when={access.ready()}>
      <Show
        when={access.can(healthPermission)}
        fallback={
          <Show
            when={landing()}
            fallback={<RequirePermission permission={healthPermission}>{null}</RequirePermission>}
          >
            {(path) => <Navigate href={path()} />}
          </Show>
        }
      >
        <StatusPage />
      </Show>
    </Show>
  );
}
