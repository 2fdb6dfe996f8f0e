import { Button, Callout, TextField } from "@quartet/ui";
import { useSearchParams } from "@solidjs/router";
import { createSignal, type JSX, Show } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { useSession } from "../../lib/session-context.tsx";
import { AccountPage } from "./account-page.tsx";
import { authFailureOf } from "./auth-failure.ts";
import { checkEmail, checkName, checkPassword } from "./checks.ts";
import { checkFeedback, type FormFeedback, failureFeedback } from "./failure-text.ts";

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
  return (
    <AccountPage
      title={i18n.t("auth.signUp.title")}
      subtitle={i18n.t("auth.signUp.subtitle")}
      question={i18n.t("auth.signUp.haveAccount")}
      linkLabel={i18n.t("auth.signUp.signIn")}
      linkTo="/sign-in"
    >
      <SignUpForm />
    </AccountPage>
  );
}
