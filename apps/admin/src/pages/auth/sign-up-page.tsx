import { Button, Callout, TextField } from "@quartet/ui";
import { A, useSearchParams } from "@solidjs/router";
import { createSignal, type JSX, Show } from "solid-js";
import { RedirectIfSignedIn } from "../../guards/redirect-if-signed-in.tsx";
import { useT } from "../../i18n/index.ts";
import { usePageTitle } from "../../lib/page-title.ts";
import { useSession } from "../../lib/session-context.tsx";
import { authFailureOf } from "./auth-failure.ts";
import { AuthLayout } from "./auth-layout.tsx";
import { checkEmail, checkName, checkPassword } from "./checks.ts";
import { checkFeedback, type FormFeedback, failureFeedback } from "./failure-text.ts";
import { withQuery } from "./with-query.ts";

function SignUpForm(): JSX.Element {
  const i18n = useT();
  const session = useSession();
  const [params] = useSearchParams();
  const [name, setName] = createSignal("");
  const [email, setEmail] = createSignal(typeof params.email === "string" ? params.email : "");
  const [password, setPassword] = createSignal("");
  const [busy, setBusy] = createSignal(false);
  const [feedback, setFeedback] = createSignal<FormFeedback>({ form: null, fields: {} });
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const fields = checkFeedback(i18n, {
      name: checkName(name()),
      email: checkEmail(email()),
      password: checkPassword(password()),
    });
    setFeedback({ form: null, fields });
    if (Object.keys(fields).length > 0) return;
    setBusy(true);
    try {
      await session.signUp({ name: name().trim(), email: email().trim(), password: password() });
    } catch (error) {
      setFeedback(failureFeedback(i18n, authFailureOf(error, "signUp"), "signUp"));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="auth__form" onSubmit={submit} noValidate>
      <Show when={feedback().form}>{(message) => <Callout tone="danger" title={message()} />}</Show>
      <TextField
        label={i18n.t("auth.name")}
        autocomplete="name"
        placeholder={i18n.t("auth.namePlaceholder")}
        value={name()}
        onChange={setName}
        error={feedback().fields.name}
        required
      />
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
        autocomplete="new-password"
        description={i18n.t("auth.passwordHint")}
        value={password()}
        onChange={setPassword}
        error={feedback().fields.password}
        required
      />
      <Button type="submit" variant="primary" size="lg" loading={busy()}>
        {i18n.t("auth.signUp.submit")}
      </Button>
    </form>
  );
}

/** `/sign-up`: name, email and password; then onboarding (or back to an invitation). */
export default function SignUpPage(): JSX.Element {
  const i18n = useT();
  const [params] = useSearchParams();
  usePageTitle(() => i18n.t("auth.signUp.title"));
  return (
    <RedirectIfSignedIn>
      <AuthLayout
        title={i18n.t("auth.signUp.title")}
        subtitle={i18n.t("auth.signUp.subtitle")}
        footer={
          <>
            {i18n.t("auth.signUp.haveAccount")}{" "}
            <A href={withQuery("/sign-in", { next: params.next, email: params.email })}>
              {i18n.t("auth.signUp.signIn")}
            </A>
          </>
        }
      >
        <SignUpForm />
      </AuthLayout>
    </RedirectIfSignedIn>
  );
}
