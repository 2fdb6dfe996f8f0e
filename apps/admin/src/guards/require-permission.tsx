import { Card, EmptyState, IconAlert } from "@quartet/ui";
import { type JSX, Show } from "solid-js";
import { useT } from "../i18n/index.ts";
import { useAccess } from "../lib/me.ts";

/**
 * A core page opened by address without the permission it needs: a "not available" card instead
 * of a stuck page. Shows nothing until the user's permissions arrive (no flash of "not available").
 */
export function RequirePermission(props: { permission: string; children: JSX.Element }): JSX.Element {
  const i18n = useT();
  const access = useAccess();
  return (
    <Show when={access.ready()}>
      <Show
        when={access.can(props.permission)}
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
        {props.children}
      </Show>
    </Show>
  );
}
