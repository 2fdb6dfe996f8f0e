import { createSignal, type JSX, Show } from "solid-js";
import { FormDialog } from "../components/form-dialog.tsx";
import { TagInput } from "../components/tag-input.tsx";
import { TextField } from "../components/text-field.tsx";
import { showToast } from "../components/toast.tsx";
import { failureOf } from "../errors/server-failure.ts";
import type { DocumentsApi, IssuedDocumentItem } from "./documents-api.ts";
import { documentsText } from "./documents-messages.ts";
import { failureText } from "./failure-text.ts";
import { RecipientSuggestions } from "./recipient-suggestions.tsx";
import { type SendField, sendFieldErrors } from "./send-fields.ts";

/**
 * Mails an issued document: «Кому» as chips prefilled with the client's first address (its other
 * ones a click away), an optional
 * subject and message (Enter in the message makes a new line; the button sends). A refusal
 * shows under its field, or above the form when it names none.
 */
export function SendDocumentDialog(props: {
  api: DocumentsApi;
  document: IssuedDocumentItem | null;
  recipients: readonly string[];
  onClose: () => void;
  onSent: () => void;
}): JSX.Element {
  const words = documentsText();
  const [to, setTo] = createSignal<string[]>([]);
  const [subject, setSubject] = createSignal("");
  const [message, setMessage] = createSignal("");
  const [busy, setBusy] = createSignal(false);
  const [errors, setErrors] = createSignal<Partial<Record<SendField, string>>>({});
  const [formError, setFormError] = createSignal<string | null>(null);
  const reset = () => {
    setTo(props.recipients.slice(0, 1));
    setSubject("");
    setMessage("");
    setErrors({});
    setFormError(null);
  };
  const send = async (document: IssuedDocumentItem) => {
    if (busy()) return;
    setBusy(true);
    setErrors({});
    setFormError(null);
    try {
      await props.api.send.mutate({
        documentId: document.id,
        to: to(),
        subject: subject().trim() || undefined,
        message: message().trim() || undefined,
      });
      showToast({
        title: words.t("sentToast", {
          name: document.typeName,
          number: document.number,
          to: to().join(", "),
        }),
        tone: "success",
      });
      props.onSent();
      props.onClose();
    } catch (error) {
      const fields = sendFieldErrors(failureOf(error).fields);
      setErrors(fields);
      if (Object.keys(fields).length === 0) setFormError(failureText(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Show when={props.document}>
      {(document) => (
        <FormDialog
          open
          onOpenChange={(open) => !open && props.onClose()}
          onOpen={reset}
          title={words.t("sendTitle", { name: document().typeName, number: document().number })}
          description={words.t("sendDescription")}
          submitLabel={words.t("sendSubmit")}
          busy={busy()}
          error={formError()}
          onSubmit={() => send(document())}
        >
          <TagInput
            label={words.t("to")}
            value={to()}
            onChange={setTo}
            description={words.t("toHint")}
            error={errors().to}
          />
          <RecipientSuggestions
            suggestions={props.recipients.filter((email) => !to().includes(email))}
            onAdd={(email) => setTo([...to(), email])}
          />
          <TextField
            label={words.t("subject")}
            name="subject"
            value={subject()}
            onChange={setSubject}
            description={words.t("subjectHint")}
            error={errors().subject}
          />
          <TextField
            label={words.t("message")}
            name="message"
            multiline
            value={message()}
            onChange={setMessage}
            description={words.t("messageHint")}
            error={errors().message}
          />
        </FormDialog>
      )}
    </Show>
  );
}
