import { Button, Callout, TextField } from "@quartet/ui";
import { A, useSearchParams } from "@solidjs/router";
import { createSignal, type JSX, Show } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { authApi } from "../../lib/auth-api.ts";
import { usePageTitle } from "../../lib/page-title.ts";
import { authFailureOf } from "./auth-failure.ts";
import { AuthLayout } from "./auth-layout.tsx";
import { checkEmail } from "./checks.ts";
import { checkFeedback, type FormFeedback, failureFeedback } from "./failure-text.ts";

/** `/forgot-password`: asks for a reset link by email; answers the same whether the account exists or not. */
export default function ForgotPasswordPage(): JSX.Element {
  const i18n = useT();
  const [params] = useSearchParams();
  const [email, setEmail] = createSignal(typeof params.email === "string" ? params.email : "");
  const [sentTo, setSentTo] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [feedback, setFeedback] = createSignal<FormFeedback>({ form: null, fields: {} });
  usePageTitle(() => i18n.t("auth.forgot.title"));
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const fields = checkFeedback(i18n, { email: checkEmail(email()) });
    setFeedback({ form: null, fields });
    if (Object.keys(fields).length > 0) return;
    setBusy(true);
    try {
      await authApi.requestReset(email().trim());
      setSentTo(email().trim());
    } catch (error) {
      setFeedback(failureFeedback(i18n, authFailureOf(error, "forgot"), "forgot"));
    } finally {
      setBusy(false);
    }
  };
  return (
    <AuthLayout
      title={sentTo() ? i18n.t("auth.forgot.sentTitle") : i18n.t("auth.forgot.title")}
      subtitle={sentTo() ? undefined : i18n.t("auth.forgot.subtitle")}
      footer={<A href="/sign-in">{i18n.t("auth.forgot.back")}</A>}
    >
      <Show
        when={sentTo()}
        fallback={
          <form class="auth__form" onSubmit={submit} noValidate>
            <Show when={feedback().form}>{(message) => <Callout tone="danger" title={message()} />}</Show>
            <TextField
              label={i18n.t("auth.email")}
              type="email"
              autocomplete="email"
              value={email()}
              onChange={setEmail}
              error={feedback().fields.email}
              required
            />
            <Button type="submit" variant="primary" size="lg" loading={busy()}>
              {i18n.t("auth.forgot.submit")}
            </Button>
          </form>
        }
      >
        {(address) => (
          <Callout tone="success">{i18n.t("auth.forgot.sentText", { email: address() })}</Callout>
        )}
      </Show>
    </AuthLayout>
  );
}
