import { Callout, Spinner, TextField } from "@quartet/ui";
import { useNavigate, useSearchParams } from "@solidjs/router";
import { useQuery } from "@tanstack/solid-query";
import { createSignal, type JSX, Match, Show, Switch } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { useApi } from "../../lib/api-context.tsx";
import { authApi } from "../../lib/auth-api.ts";
import { useSession } from "../../lib/session-context.tsx";
import { AccountPage } from "./account-page.tsx";
import { AuthForm, createAuthForm } from "./auth-form.tsx";
import { checkEmail, checkName, checkPassword } from "./checks.ts";
import { EmailField } from "./email-field.tsx";
import { type SignUpPolicyView, signUpOffer } from "./sign-up-offer.ts";
import { withQuery } from "./with-query.ts";

/**
 * The form. With an invitation (`?invitation=` from the invite page) the server counts the
 * address as confirmed; without one, when the server confirms addresses, the person goes on
 * to `/verify-email` ("check your mail") instead of where they were heading.
 */
function SignUpForm(props: { policy: SignUpPolicyView; invitation: string | null }): JSX.Element {
  const i18n = useT();
  const session = useSession();
  const navigate = useNavigate();
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
    send: async () => {
      const input = { name: name().trim(), email: email().trim(), password: password() };
      const context = { invitation: props.invitation ?? undefined, locale: i18n.locale() };
      if (!props.policy.verifyEmail || props.invitation) return session.signUp(input, context);
      await authApi.signUp(input, context);
      navigate(withQuery("/verify-email", { email: input.email }), { replace: true });
      await session.refresh();
    },
  });
  return (
    <AuthForm state={form} submitLabel={i18n.t("auth.signUp.submit")}>
      <Show when={props.policy.firstUser}>
        <Callout tone="info">{i18n.t("auth.signUp.firstUser")}</Callout>
      </Show>
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

/** What the page says instead of a form nobody could send (the title says invitation only or closed; the footer links to sign-in). */
function NoSignUp(props: { kind: "invitationOnly" | "closed" }): JSX.Element {
  const i18n = useT();
  return (
    <div class="auth__form">
      <Callout tone="info">{i18n.t(`auth.signUp.${props.kind}Text`)}</Callout>
    </div>
  );
}

/**
 * `/sign-up`: name, email and password; then onboarding (or back to an invitation). Asks the
 * server's sign-up policy first, so a closed or invitation-only server says so instead of
 * showing a form that would be refused.
 */
export default function SignUpPage(): JSX.Element {
  const i18n = useT();
  const { trpc } = useApi();
  const [params] = useSearchParams();
  const invitation = () => (typeof params.invitation === "string" && params.invitation) || null;
  const policy = useQuery(() => ({
    queryKey: ["sign-up-policy"],
    queryFn: () => trpc.core.signUp.policy.query(),
  }));
  const offer = () => (policy.data ? signUpOffer(policy.data, invitation() !== null) : null);
  const title = () => {
    const shown = offer();
    return shown && shown !== "form" ? i18n.t(`auth.signUp.${shown}Title`) : i18n.t("auth.signUp.title");
  };
  return (
    <AccountPage
      title={title()}
      subtitle={offer() === "form" ? i18n.t("auth.signUp.subtitle") : ""}
      question={i18n.t("auth.signUp.haveAccount")}
      linkLabel={i18n.t("auth.signUp.signIn")}
      linkTo="/sign-in"
    >
      <Switch
        fallback={
          <div class="auth__form" style={{ "align-items": "center" }}>
            <Spinner size="lg" />
          </div>
        }
      >
        <Match when={policy.data && offer() === "form" ? policy.data : null}>
          {(shown) => <SignUpForm policy={shown()} invitation={invitation()} />}
        </Match>
        <Match when={offer() === "invitationOnly" || offer() === "closed" ? offer() : null}>
          {(kind) => <NoSignUp kind={kind() as "invitationOnly" | "closed"} />}
        </Match>
        <Match when={policy.isError}>
          <SignUpForm
            policy={{ policy: "open", verifyEmail: false, firstUser: false }}
            invitation={invitation()}
          />
        </Match>
      </Switch>
    </AccountPage>
  );
}
