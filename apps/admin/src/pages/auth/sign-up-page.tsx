import { TextField } from "@quartet/ui";
import { useSearchParams } from "@solidjs/router";
import { createSignal, type JSX } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { useSession } from "../../lib/session-context.tsx";
import { AccountPage } from "./account-page.tsx";
import { AuthForm, createAuthForm } from "./auth-form.tsx";
import { checkEmail, checkName, checkPassword } from "./checks.ts";
import { EmailField } from "./email-field.tsx";

function SignUpForm(): JSX.Element {
  const i18n = useT();
  const session = useSession();
  const [params] = useSearchParams();
  const [name, setName] = createSignal("");
  const [email, setEmail] = createSignal(typeof params.email === "string" ? params.email : "");
  const [password, setPassword] = createSignal("");
  const form = createAuthForm({
    kind: "signUp",
    checks: () => ({
      name: checkName(name()),
      email: checkEmail(email()),
      password: checkPassword(password()),
    }),
    send: () => session.signUp({ name: name().trim(), email: email().trim(), password: password() }),
  });
  return (
    <AuthForm state={form} submitLabel={i18n.t("auth.signUp.submit")}>
      <TextField
        label={i18n.t("auth.name")}
        autocomplete="name"
        placeholder={i18n.t("auth.namePlaceholder")}
        value={name()}
        onChange={setName}
        error={form.feedback().fields.name}
        required
      />
      <EmailField value={email()} onChange={setEmail} error={form.feedback().fields.email} placeholder />
      <TextField
        label={i18n.t("auth.password")}
        type="password"
        autocomplete="new-password"
        description={i18n.t("auth.passwordHint")}
        value={password()}
        onChange={setPassword}
        error={form.feedback().fields.password}
        required
      />
    </AuthForm>
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
