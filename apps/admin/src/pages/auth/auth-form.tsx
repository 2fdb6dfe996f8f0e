import { Button, Callout } from "@quartet/ui";
import { createSignal, type JSX, Show } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { type AuthFailure, type AuthForm as AuthFormKind, authFailureOf } from "./auth-failure.ts";
import type { CheckKey } from "./checks.ts";
import { checkFeedback, type FormFeedback, failureFeedback } from "./failure-text.ts";

/** What `createAuthForm` gives a signed-out form: its submit handler, busy state and feedback. */
export type AuthFormState = {
  submit: (event: SubmitEvent) => Promise<void>;
  busy: () => boolean;
  feedback: () => FormFeedback;
};

/**
 * The submit cycle of a signed-out form: check the fields in the browser, then send with the
 * button busy, and turn a refusal into words above the form or under its fields. `onFailure`
 * may take a refusal over (return true), e.g. an expired reset link.
 *
 * @example const form = createAuthForm({ kind: "forgot", checks: () => ({ email: checkEmail(email()) }), send: () => authApi.requestReset(email()) });
 */
export function createAuthForm(options: {
  kind: AuthFormKind;
  checks: () => Record<string, CheckKey | null>;
  send: () => Promise<unknown>;
  onFailure?: (failure: AuthFailure) => boolean;
}): AuthFormState {
  const i18n = useT();
  const [busy, setBusy] = createSignal(false);
  const [feedback, setFeedback] = createSignal<FormFeedback>({ form: null, fields: {} });
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const fields = checkFeedback(i18n, options.checks());
    setFeedback({ form: null, fields });
    if (Object.keys(fields).length > 0) return;
    setBusy(true);
    try {
      await options.send();
    } catch (error) {
      const failure = authFailureOf(error, options.kind);
      if (!options.onFailure?.(failure)) setFeedback(failureFeedback(i18n, failure, options.kind));
    } finally {
      setBusy(false);
    }
  };
  return { submit, busy, feedback };
}

/** A signed-out form: the refusal above the fields, the fields, anything under them, and the submit button. */
export function AuthForm(props: {
  state: AuthFormState;
  submitLabel: string;
  children: JSX.Element;
}): JSX.Element {
  return (
    <form class="auth__form" onSubmit={(event) => void props.state.submit(event)} noValidate>
      <Show when={props.state.feedback().form}>
        {(message) => <Callout tone="danger" title={message()} />}
      </Show>
      {props.children}
      <Button type="submit" variant="primary" size="lg" loading={props.state.busy()}>
        {props.submitLabel}
      </Button>
    </form>
  );
}
