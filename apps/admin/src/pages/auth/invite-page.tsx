import { Callout, Spinner } from "@quartet/ui";
import { useSearchParams } from "@solidjs/router";
import { useQuery } from "@tanstack/solid-query";
import { type JSX, Match, Switch } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { useApi } from "../../lib/api-context.tsx";
import { usePageTitle } from "../../lib/page-title.ts";
import { roleName } from "../../lib/role-name.ts";
import { failureOf } from "../../lib/server-errors.ts";
import { failureText } from "../../lib/server-messages.ts";
import { AuthLayout } from "./auth-layout.tsx";
import { InviteActions } from "./invite-actions.tsx";

/**
 * `/invite?token=…`: what the invitation offers (a public preview), then sign in or sign up
 * with the invited address and accept it.
 */
export default function InvitePage(): JSX.Element {
  const i18n = useT();
  const { trpc } = useApi();
  const [params] = useSearchParams();
  const token = () => (typeof params.token === "string" ? params.token : "");
  const preview = useQuery(() => ({
    queryKey: ["invitation", token()],
    queryFn: () => trpc.core.invitations.preview.query({ token: token() }),
    enabled: token().length > 0,
  }));
  usePageTitle(() => i18n.t("auth.invite.title"));
  const title = () =>
    preview.data
      ? i18n.t("auth.invite.heading", { org: preview.data.orgName })
      : preview.isError || !token()
        ? i18n.t("auth.invite.brokenTitle")
        : i18n.t("auth.invite.title");
  return (
    <AuthLayout title={title()}>
      <Switch>
        <Match when={!token()}>
          <Callout tone="warning">{i18n.t("auth.invite.missingToken")}</Callout>
        </Match>
        <Match when={preview.isError}>
          <Callout tone="warning">{failureText(i18n, failureOf(preview.error))}</Callout>
        </Match>
        <Match when={preview.data}>
          {(invitation) => (
            <>
              <p class="q-muted">
                {i18n.t("auth.invite.details", {
                  role: roleName(i18n, invitation().role),
                  email: invitation().email,
                  date: i18n.formatDate(invitation().expiresAt),
                })}
              </p>
              <InviteActions token={token()} email={invitation().email} orgName={invitation().orgName} />
            </>
          )}
        </Match>
        <Match when={preview.isPending}>
          <div class="auth__form" style={{ "align-items": "center" }}>
            <Spinner size="lg" />
          </div>
        </Match>
      </Switch>
    </AuthLayout>
  );
}
