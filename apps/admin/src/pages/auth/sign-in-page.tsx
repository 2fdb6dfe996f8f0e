import { Button, Callout, TextField } from "@quartet/ui";
import { A, useSearchParams } from "@solidjs/router";
import { createSignal, type JSX, Show } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { useSession } from "../../lib/session-context.tsx";
import { AccountPage } from "./account-page.tsx";
import { authFailureOf } from "./auth-failure.ts";
import { checkEmail } from "./checks.ts";
import { checkFeedback, type FormFeedback, failureFeedback } from "./failure-text.ts";
import { withQuery } from "./with-query.ts";

function SignInForm(): JSX.Element {
  const i18n = useT();
  const session = useSession();
  const [params] = useSearchParams();
  const [email, setEmail] = createSignal(typeof params.email === "string" ? params.email : "");
  const [password, setPassword] = createSignal("");
  const [busy, setBusy] = createSignal(false);
  const [feedback, setFeedback] = createSignal<FormFeedback>({ form: null, fields: {} });
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const fields = checkFeedback(i18n, {
      email: checkEmail(email()),
      password: password() ? null : "passwordShort",
    });
    setFeedback({ form: null, fields });
    if (Object.keys(fields).length > 0) return;
    setBusy(true);
    try {
      await session.signIn({ email: email().trim(), password: password() });
    } catch (error) {
      setFeedback(failureFeedback(i18n, authFailureOf(error, "signIn"), "signIn"));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="auth__form" onSubmit={submit} noValidate>
      <Show when={feedback().form}>{(message) => <Callout tone="danger" title={message()} />}</Show>
      <TextField
        label={i18n.t("auth.email")}
        type="email"
        autocomplete="email"
        placeholder={i18n.t("auth.emailPlaceholder")}
        value={email()}
        onChange={setEmail}
        error={feedback().fields.email}
        required
      />
      <TextField
        label={i18n.t("auth.password")}
        type="password"
        autocomplete="current-password"
        value={password()}
        onChange={setPassword}
        error={feedback().fields.password}
        required
      />
      <div class="auth__label-row">
        <span />
        <A class="auth__link-inline" href={withQuery("/forgot-password", { email: email() })}>
          {i18n.t("auth.signIn.forgot")}
        </A>
      </div>
      <Button type="submit" variant="primary" size="lg" loading={busy()}>
        {i18n.t("auth.signIn.submit")}
      </Button>
    </form>
  );
}

/** `/sign-in`: email and password; wrong passwords and throttling are said plainly. */
export default function SignInPage(): JSX.Element {
  const i18n = useT();
  return (
    <AccountPage
      title={i18n.t("auth.signIn.title")}
      subtitle={i18n.t("auth.signIn.subtitle")}
      question={i18n.t("auth.signIn.noAccount")}
      linkLabel={i18n.t("auth.signIn.signUp")}
      linkTo="/sign-up"
    >
      <SignInForm />
    </AccountPage>
  );
}
