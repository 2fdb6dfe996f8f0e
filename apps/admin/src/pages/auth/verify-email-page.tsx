import { Callout, Spinner } from "@quartet/ui";
import { A, useSearchParams } from "@solidjs/router";
import { createEffect, createSignal, type JSX, Match, onMount, Switch } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { AuthError, authApi } from "../../lib/auth-api.ts";
import { usePageTitle } from "../../lib/page-title.ts";
import { useSession } from "../../lib/session-context.tsx";
import { AuthLayout } from "./auth-layout.tsx";
import { VerifySent } from "./verify-sent.tsx";

type Stage = "sent" | "checking" | "done" | "invalid" | "expired";

/** What a refused link was: expired (links work a day) or damaged / of an account that is gone. */
const refusedStage = (error: unknown): Stage =>
  error instanceof AuthError && error.code === "TOKEN_EXPIRED" ? "expired" : "invalid";

/**
 * `/verify-email`: without a token, "check your mail" with a way to ask for a new link (where
 * sign-up leads when the server confirms addresses); with the mailed link's `?token=…`, confirms
 * the address and says so, or says why the link does not work.
 */
export default function VerifyEmailPage(): JSX.Element {
  const i18n = useT();
  const session = useSession();
  const [params] = useSearchParams();
  const token = () => (typeof params.token === "string" ? params.token : "");
  const [stage, setStage] = createSignal<Stage>(token() ? "checking" : "sent");
  // Someone whose address is confirmed already (an old link, a second visit) is told so.
  createEffect(() => {
    if (stage() !== "checking" && session.user()?.emailVerified) setStage("done");
  });
  usePageTitle(() => i18n.t("auth.verify.title"));
  onMount(() => {
    if (!token()) return;
    authApi.verifyEmail(token()).then(
      () => {
        setStage("done");
        void session.refresh();
      },
      (error: unknown) => setStage(refusedStage(error)),
    );
  });
  const title = () =>
    stage() === "done"
      ? i18n.t("auth.verify.doneTitle")
      : stage() === "invalid" || stage() === "expired"
        ? i18n.t("auth.verify.invalidTitle")
        : i18n.t("auth.verify.title");
  const signedIn = () => session.status() === "signed-in";
  return (
    <AuthLayout title={title()}>
      <Switch>
        <Match when={stage() === "sent"}>
          <VerifySent
            email={session.user()?.email ?? (typeof params.email === "string" ? params.email : "")}
          />
        </Match>
        <Match when={stage() === "checking"}>
          <div class="auth__form" style={{ "align-items": "center" }}>
            <Spinner size="lg" label={i18n.t("auth.verify.checking")} />
          </div>
        </Match>
        <Match when={stage() === "done"}>
          <div class="auth__form">
            <Callout tone="success">{i18n.t("auth.verify.doneText")}</Callout>
            <A class="q-button" data-variant="primary" data-size="lg" href={signedIn() ? "/" : "/sign-in"}>
              {signedIn() ? i18n.t("auth.verify.continue") : i18n.t("auth.verify.signIn")}
            </A>
          </div>
        </Match>
        <Match when={stage() === "invalid" || stage() === "expired"}>
          <div class="auth__form">
            <Callout tone="warning">
              {stage() === "expired" ? i18n.t("auth.verify.expiredText") : i18n.t("auth.verify.invalidText")}
            </Callout>
            <Switch>
              <Match when={signedIn()}>
                <VerifySent email={session.user()?.email ?? ""} resendOnly />
              </Match>
              <Match when={session.status() === "signed-out"}>
                <A
                  class="q-button"
                  data-variant="primary"
                  data-size="lg"
                  href="/sign-in?next=%2Fverify-email"
                >
                  {i18n.t("auth.verify.signIn")}
                </A>
              </Match>
            </Switch>
          </div>
        </Match>
      </Switch>
    </AuthLayout>
  );
}
