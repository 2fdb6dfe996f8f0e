import { Callout } from "@quartet/ui";
import { A, useSearchParams } from "@solidjs/router";
import { createSignal, type JSX, Show } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { authApi } from "../../lib/auth-api.ts";
import { usePageTitle } from "../../lib/page-title.ts";
import { AuthForm, createAuthForm } from "./auth-form.tsx";
import { AuthLayout } from "./auth-layout.tsx";
import { checkEmail } from "./checks.ts";
import { EmailField } from "./email-field.tsx";

/** `/forgot-password`: asks for a reset link by email; answers the same whether the account exists or not. */
export default function ForgotPasswordPage(): JSX.Element {
  const i18n = useT();
  const [params] = useSearchParams();
  const [email, setEmail] = createSignal(typeof params.email === "string" ? params.email : "");
  const [sentTo, setSentTo] = createSignal<string | null>(null);
  usePageTitle(() => i18n.t("auth.forgot.title"));
  const form = createAuthForm({
    kind: "forgot",
    checks: () => ({ email: checkEmail(email()) }),
    send: async () => {
      await authApi.requestReset(email().trim());
      setSentTo(email().trim());
    },
  });
  return (
    <AuthLayout
      title={sentTo() ? i18n.t("auth.forgot.sentTitle") : i18n.t("auth.forgot.title")}
      subtitle={sentTo() ? undefined : i18n.t("auth.forgot.subtitle")}
      footer={<A href="/sign-in">{i18n.t("auth.forgot.back")}</A>}
    >
      <Show
        when={sentTo()}
        fallback={
          <AuthForm state={form} submitLabel={i18n.t("auth.forgot.submit")}>
            <EmailField value={email()} onChange={setEmail} error={form.feedback().fields.email} />
          </AuthForm>
        }
      >
        {(address) => (
          <Callout tone="success">{i18n.t("auth.forgot.sentText", { email: address() })}</Callout>
        )}
      </Show>
    </AuthLayout>
  );
}
