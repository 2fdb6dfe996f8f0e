import { TextField } from "@quartet/ui";
import { A, useSearchParams } from "@solidjs/router";
import { createSignal, type JSX } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { useSession } from "../../lib/session-context.tsx";
import { AccountPage } from "./account-page.tsx";
import { AuthForm, createAuthForm } from "./auth-form.tsx";
import { checkEmail } from "./checks.ts";
import { EmailField } from "./email-field.tsx";
import { withQuery } from "./with-query.ts";

function SignInForm(): JSX.Element {
  const i18n = useT();
  const session = useSession();
  const [params] = useSearchParams();
  const [email, setEmail] = createSignal(typeof params.email === "string" ? params.email : "");
  const [password, setPassword] = createSignal("");
  const form = createAuthForm({
    kind: "signIn",
    checks: () => ({ email: checkEmail(email()), password: password() ? null : "passwordShort" }),
    send: () => session.signIn({ email: email().trim(), password: password() }),
  });
  return (
    <AuthForm state={form} submitLabel={i18n.t("auth.signIn.submit")}>
      <EmailField value={email()} onChange={setEmail} error={form.feedback().fields.email} placeholder />
      <TextField
        label={i18n.t("auth.password")}
        type="password"
        autocomplete="current-password"
        value={password()}
        onChange={setPassword}
        error={form.feedback().fields.password}
        required
      />
      <div class="auth__label-row">
        <span />
        <A class="auth__link-inline" href={withQuery("/forgot-password", { email: email() })}>
          {i18n.t("auth.signIn.forgot")}
        </A>
      </div>
    </AuthForm>
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
