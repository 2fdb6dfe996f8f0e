import { type JSX, Show } from "solid-js";
import { useAccess } from "../lib/me.ts";
import { ForbiddenPage } from "./forbidden-page.tsx";

/**
 * A core page opened by address without the permission it needs: a "not available" card instead
 * of a stuck page. Shows nothing until the user's permissions arrive (no flash of "not available").
 */
export function RequirePermission(props: { permission: string; children: JSX.Element }): JSX.Element {
  const access = useAccess();
  return (
    <Show when={access.ready()}>
      <Show when={access.can(props.permission)} fallback={<ForbiddenPage />}>
        {props.children}
      </Show>
    </Show>
  );
}
