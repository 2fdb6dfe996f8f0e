import { createSignal } from "solid-js";
import { useT } from "../i18n/index.ts";
import { failureOf } from "./server-errors.ts";
import { failureText } from "./server-messages.ts";

/**
 * A form's dealings with the server: `run` calls it, and a refusal lands under the fields
 * (`error.data.fields`, translated where we can) or, for anything a field cannot show, above
 * the form. `fields` lists the paths the form displays (a function when they change, e.g. custom fields).
 *
 * @example const form = useServerForm(["email", "role"]); await form.run(() => trpc.core.invitations.create.mutate(input));
 */
export function useServerForm(fields: readonly string[] | (() => readonly string[])) {
  const i18n = useT();
  const [fieldErrors, setFieldErrors] = createSignal<Record<string, string>>({});
  const [formError, setFormError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  return {
    fieldErrors,
    formError,
    busy,
    /** Clears the message of one field and of its items (`phones.1`), e.g. when it is edited. */
    clear(field: string) {
      const under = `${field}.`;
      setFieldErrors(
        Object.fromEntries(
          Object.entries(fieldErrors()).filter(([path]) => path !== field && !path.startsWith(under)),
        ),
      );
    },
    /** Shows client-side messages as if the server had sent them. */
    show(errors: Record<string, string>) {
      setFieldErrors(errors);
      setFormError(null);
    },
    async run<T>(action: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false }> {
      setBusy(true);
      setFieldErrors({});
      setFormError(null);
      try {
        return { ok: true, value: await action() };
      } catch (error) {
        const failure = failureOf(error);
        const texts = failure.fields;
        setFieldErrors(texts);
        const shown = typeof fields === "function" ? fields() : fields;
        const hidden = Object.keys(texts).some((path) => !shown.includes(path));
        if (hidden || Object.keys(texts).length === 0) setFormError(failureText(i18n, failure));
        return { ok: false };
      } finally {
        setBusy(false);
      }
    },
  };
}

/** The type of `useServerForm`'s answer. */
export type ServerForm = ReturnType<typeof useServerForm>;
