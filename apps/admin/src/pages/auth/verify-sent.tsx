import { Button, Callout } from "@quartet/ui";
import { A } from "@solidjs/router";
import { createSignal, type JSX, Match, Show, Switch } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { AuthError, authApi } from "../../lib/auth-api.ts";
import { useSession } from "../../lib/session-context.tsx";

type Resend = "idle" | "busy" | "sent" | "throttled" | "failed";

/**
 * "We sent a link to …" with a button that mails a new one (signed-in people only: the server
 * sends it to the session's own address); `resendOnly` leaves out the sentence, for a page that
 * already said why a new link is needed.
 */
export function VerifySent(props: { email: string; resendOnly?: boolean }): JSX.Element {
  const i18n = useT();
  const session = useSession();
  const [resend, setResend] = createSignal<Resend>("idle");
  const send = async () => {
    setResend("busy");
    try {
      await authApi.sendVerification(props.email);
      setResend("sent");
    } catch (error) {
      const refused = error instanceof AuthError ? error : null;
      // Confirmed in the meantime (another tab): the page learns it from the session and says so.
      if (refused?.code === "EMAIL_ALREADY_VERIFIED") return void (await session.refresh());
      setResend(refused?.status === 429 ? "throttled" : "failed");
    }
  };
  return (
    <div class="auth__form">
      <Show when={!props.resendOnly}>
        <p>
          {props.email
            ? i18n.t("auth.verify.sentText", { email: props.email })
            : i18n.t("auth.verify.sentTextNoEmail")}
        </p>
      </Show>
      <Switch>
        <Match when={resend() === "sent"}>
          <Callout tone="success">{i18n.t("auth.verify.resent", { email: props.email })}</Callout>
        </Match>
        <Match when={resend() === "throttled"}>
          <Callout tone="warning">{i18n.t("auth.verify.throttled")}</Callout>
        </Match>
        <Match when={resend() === "failed"}>
          <Callout tone="danger">{i18n.t("errors.network")}</Callout>
        </Match>
      </Switch>
      <Show
        when={session.status() === "signed-in" && props.email}
        fallback={
          <A class="q-button" data-variant="secondary" data-size="lg" href="/sign-in?next=%2Fverify-email">
            {i18n.t("auth.verify.signIn")}
          </A>
        }
      >
        <Button variant="secondary" size="lg" loading={resend() === "busy"} onClick={send}>
          {i18n.t("auth.verify.resend")}
        </Button>
      </Show>
    </div>
  );
}
