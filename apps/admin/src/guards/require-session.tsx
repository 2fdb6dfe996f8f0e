import { Navigate, useLocation } from "@solidjs/router";
import { type JSX, Match, Switch } from "solid-js";
import { useT } from "../i18n/index.ts";
import { useSession } from "../lib/session-context.tsx";
import { FullPageError, FullPageSpinner } from "./full-page.tsx";
import { signInPath } from "./sign-in-path.ts";

/**
 * Routes behind sign-in: a signed-out visitor goes to `/sign-in` and comes back after; someone
 * who just signed out here goes to a plain `/sign-in`.
 */
export function RequireSession(props: { children?: JSX.Element }): JSX.Element {
  const i18n = useT();
  const session = useSession();
  const location = useLocation();
  return (
    <Switch>
      <Match when={session.status() === "loading"}>
        <FullPageSpinner />
      </Match>
      <Match when={session.status() === "offline"}>
        <FullPageError message={i18n.t("errors.network")} onRetry={() => session.refresh()} />
      </Match>
      <Match when={session.status() === "signed-out"}>
        <Navigate
          href={session.signedOutOnPurpose() ? "/sign-in" : signInPath(location.pathname, location.search)}
        />
      </Match>
      <Match when={session.status() === "signed-in"}>{props.children}</Match>
    </Switch>
  );
}
