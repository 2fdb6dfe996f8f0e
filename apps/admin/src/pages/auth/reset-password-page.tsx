import { Callout, TextField } from "@quartet/ui";
import { A, useSearchParams } from "@solidjs/router";
import { createSignal, type JSX, Match, Switch } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { authApi } from "../../lib/auth-api.ts";
import { usePageTitle } from "../../lib/page-title.ts";
import { AuthForm, createAuthForm } from "./auth-form.tsx";
import { AuthLayout } from "./auth-layout.tsx";
import { checkPassword, checkRepeat } from "./checks.ts";

type Stage = "form" | "done" | "invalid";

/** `/reset-password?token=…`: sets a new password with the link's single-use token. */
export default function ResetPasswordPage(): JSX.Element {
  const i18n = useT();
  const [params] = useSearchParams();
  const token = () => (typeof params.token === "string" ? params.token : "");
  const [stage, setStage] = createSignal<Stage>(token() ? "form" : "invalid");
  const [password, setPassword] = createSignal("");
  const [repeat, setRepeat] = createSignal("");
  usePageTitle(() => i18n.t("auth.reset.title"));
  const form = createAuthForm({
    kind: "reset",
    checks: () => ({ password: checkPassword(password()), repeat: checkRepeat(password(), repeat()) }),
    send: async () => {
      await authApi.resetPassword({ token: token(), newPassword: password() });
      setStage("done");
    },
    onFailure: (failure) => {
      if (failure.kind !== "invalidToken") return false;
      setStage("invalid");
      return true;
    },
  });
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
          <AuthForm state={form} submitLabel={i18n.t("auth.reset.submit")}>
            <TextField
              label={i18n.t("auth.reset.password")}
              type="password"
              autocomplete="new-password"
              description={i18n.t("auth.passwordHint")}
              value={password()}
              onChange={setPassword}
              error={form.feedback().fields.password}
              required
            />
            <TextField
              label={i18n.t("auth.reset.confirm")}
              type="password"
              autocomplete="new-password"
              value={repeat()}
              onChange={setRepeat}
              error={form.feedback().fields.repeat}
              required
            />
          </AuthForm>
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
