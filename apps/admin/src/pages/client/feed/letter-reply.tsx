import { Button, TextField } from "@quartet/ui";
import { createSignal, type JSX, Show } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import { useApi } from "../../../lib/api-context.tsx";
import { useServerForm } from "../../../lib/server-form.ts";

/**
 * «Ответить» under a letter: a text box and «Отправить». The server sets the subject («Re: …»),
 * the recipients and the threading headers, and sends it after its commit; `onSent` refreshes the thread.
 */
export function LetterReply(props: { letterId: string; onSent: () => void }): JSX.Element {
  const i18n = useT();
  const { trpc } = useApi();
  const [open, setOpen] = createSignal(false);
  const [text, setText] = createSignal("");
  const form = useServerForm(["text"]);
  const send = async () => {
    const result = await form.run(() =>
      trpc.core.mail.letters.reply.mutate({ letterId: props.letterId, text: text() }),
    );
    if (!result.ok) return;
    setText("");
    setOpen(false);
    props.onSent();
  };
  return (
    <Show
      when={open()}
      fallback={
        <div>
          <Button variant="secondary" size="sm" onClick={() => setOpen(true)}>
            {i18n.t("letter.reply")}
          </Button>
        </div>
      }
    >
      <div class="letter__reply">
        <TextField
          label={i18n.t("letter.replyLabel")}
          multiline
          value={text()}
          onChange={(value) => {
            setText(value);
            form.clear("text");
          }}
          error={form.fieldErrors().text ?? form.formError() ?? undefined}
        />
        <div class="letter__reply-actions">
          <Button variant="primary" size="sm" loading={form.busy()} onClick={send}>
            {i18n.t("letter.send")}
          </Button>
          <Button variant="ghost" size="sm" onClick={() => setOpen(false)}>
            {i18n.t("mailboxes.cancel")}
          </Button>
        </div>
      </div>
    </Show>
  );
}
