import { Button, Callout, showToast } from "@quartet/ui";
import { A, useNavigate } from "@solidjs/router";
import { useQueryClient } from "@tanstack/solid-query";
import { createSignal, type JSX, Match, Show, Switch } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { useApi } from "../../lib/api-context.tsx";
import { failureOf } from "../../lib/server-errors.ts";
import { failureText } from "../../lib/server-messages.ts";
import { useSession } from "../../lib/session-context.tsx";
import { withQuery } from "./with-query.ts";

/** What the invited person can do: sign in or up with the invited address, or accept when signed in as it. */
export function InviteActions(props: { token: string; email: string; orgName: string }): JSX.Element {
  const i18n = useT();
  const session = useSession();
  const { trpc, org } = useApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const here = () => withQuery("/invite", { token: props.token });
  const matches = () => session.user()?.email.toLowerCase() === props.email.toLowerCase();
  const accept = async () => {
    setBusy(true);
    setError(null);
    try {
      const joined = await trpc.core.invitations.accept.mutate({ token: props.token });
      org.set(joined.orgId);
      await queryClient.invalidateQueries({ queryKey: ["me"] });
      showToast({ title: i18n.t("auth.invite.accepted", { org: props.orgName }), tone: "success" });
      navigate("/", { replace: true });
    } catch (caught) {
      setError(failureText(i18n, failureOf(caught)));
    } finally {
      setBusy(false);
    }
  };
  const switchAccount = async () => {
    await session.signOut();
    navigate(withQuery("/sign-in", { next: here(), email: props.email }));
  };
  return (
    <div class="auth__form">
      <Show when={error()}>{(message) => <Callout tone="danger" title={message()} />}</Show>
      <Switch>
        <Match when={session.status() === "signed-in" && matches()}>
          <Button variant="primary" size="lg" loading={busy()} onClick={accept}>
            {i18n.t("auth.invite.accept")}
          </Button>
        </Match>
        <Match when={session.status() === "signed-in"}>
          <Callout tone="warning">
            {i18n.t("auth.invite.wrongAccount", { current: session.user()?.email ?? "", email: props.email })}
          </Callout>
          <Button variant="secondary" size="lg" onClick={switchAccount}>
            {i18n.t("auth.invite.switchAccount", { email: props.email })}
          </Button>
        </Match>
        <Match when={session.status() !== "loading"}>
          <p class="q-subtle">{i18n.t("auth.invite.signedOutHint", { email: props.email })}</p>
          <A
            class="q-button"
            data-variant="primary"
            data-size="lg"
            href={withQuery("/sign-in", { next: here(), email: props.email })}
          >
            {i18n.t("auth.invite.signIn")}
          </A>
          <A
            class="q-button"
            data-variant="secondary"
            data-size="lg"
            href={withQuery("/sign-up", { next: here(), email: props.email, invitation: props.token })}
          >
            {i18n.t("auth.invite.signUp")}
          </A>
        </Match>
      </Switch>
    </div>
  );
}
