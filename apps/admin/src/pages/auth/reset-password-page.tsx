import { Button, Callout, TextField } from "@quartet/ui";
import { A, useSearchParams } from "@solidjs/router";
import { createSignal, type JSX, Match, Show, Switch } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { authApi } from "../../lib/auth-api.ts";
import { usePageTitle } from "../../lib/page-title.ts";
import { authFailureOf } from "./auth-failure.ts";
import { AuthLayout } from "./auth-layout.tsx";
import { checkPassword, checkRepeat } from "./checks.ts";
import { checkFeedback, type FormFeedback, failureFeedback } from "./failure-text.ts";

type Stage = "form" | "done" | "invalid";

/** `/reset-password?token=…`: sets a new password with the link's single-use token. */
export default function ResetPasswordPage(): JSX.Element {
  const i18n = useT();
  const [params] = useSearchParams();
  const token = () => (typeof params.token === "string" ? params.token : "");
  const [stage, setStage] = createSignal<Stage>(token() ? "form" : "invalid");
  const [password, setPassword] = createSignal("");
  const [repeat, setRepeat] = createSignal("");
  const [busy, setBusy] = createSignal(false);
  const [feedback, setFeedback] = createSignal<FormFeedback>({ form: null, fields: {} });
  usePageTitle(() => i18n.t("auth.reset.title"));
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const fields = checkFeedback(i18n, {
      password: checkPassword(password()),
      repeat: checkRepeat(password(), repeat()),
    });
    setFeedback({ form: null, fields });
    if (Object.keys(fields).length > 0) return;
    setBusy(true);
    try {
      await authApi.resetPassword({ token: token(), newPassword: password() });
      setStage("done");
    } catch (error) {
      const failure = authFailureOf(error, "reset");
      if (failure.kind === "invalidToken") setStage("invalid");
      else setFeedback(failureFeedback(i18n, failure, "reset"));
    } finally {
      setBusy(false);
    }
  };
  const title = () =>
    stage() === "done"
      ? i18n.t("auth.reset.doneTitle")
      : stage() === "invalid"
        ? i18n.t("auth.reset.invalidTitle")
        : i18n.t("auth.reset.title");
  return (
    <AuthLayout title={title()} subtitle={stage() === "form" ? i18n.t("auth.reset.subtitle") : undefined}>
      <Switch>
        <Match when={stage() === "form"}>
          <form class="auth__form" onSubmit={submit} noValidate>
            <Show when={feedback().form}>{(message) => <Callout tone="danger" title={message()} />}</Show>
            <TextField
              label={i18n.t("auth.reset.password")}
              type="password"
              autocomplete="new-password"
              description={i18n.t("auth.passwordHint")}
              value={password()}
              onChange={setPassword}
              error={feedback().fields.password}
              required
            />
            <TextField
              label={i18n.t("auth.reset.confirm")}
              type="password"
              autocomplete="new-password"
              value={repeat()}
              onChange={setRepeat}
              error={feedback().fields.repeat}
              required
            />
            <Button type="submit" variant="primary" size="lg" loading={busy()}>
              {i18n.t("auth.reset.submit")}
            </Button>
          </form>
        </Match>
        <Match when={stage() === "done"}>
          <Callout tone="success">{i18n.t("auth.reset.doneText")}</Callout>
          <A class="q-button" data-variant="primary" data-size="lg" href="/sign-in">
            {i18n.t("auth.signIn.submit")}
          </A>
        </Match>
        <Match when={stage() === "invalid"}>
          <Callout tone="warning">{i18n.t("auth.reset.invalidText")}</Callout>
          <A class="q-button" data-variant="secondary" data-size="lg" href="/forgot-password">
            {i18n.t("auth.reset.requestNew")}
          </A>
        </Match>
      </Switch>
    </AuthLayout>
  );
}
