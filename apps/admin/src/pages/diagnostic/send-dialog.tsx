import { FormDialog, showToast, TextField } from "@quartet/ui";
import { useQueryClient } from "@tanstack/solid-query";
import { createSignal, type JSX } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { useApi } from "../../lib/api-context.tsx";
import { useMe } from "../../lib/me.ts";
import { invalidateOrg } from "../../lib/org-key.ts";
import { failureOf } from "../../lib/server-errors.ts";
import { failureText } from "../../lib/server-messages.ts";

const fieldWords: Record<string, "name" | "phone" | "phoneInvalid"> = {
  "Give your name": "name",
  "Give a phone": "phone",
  "Not a phone number": "phoneInvalid",
};

/** Sends a report to the consultant with a consultation request: the requester's name, phone and comment. */
export function SendDialog(props: {
  id: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}): JSX.Element {
  const i18n = useT();
  const { trpc, org } = useApi();
  const me = useMe();
  const queryClient = useQueryClient();
  const [name, setName] = createSignal("");
  const [phone, setPhone] = createSignal("");
  const [comment, setComment] = createSignal("");
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const [formError, setFormError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const word = (message: string) => {
    const key = fieldWords[message];
    return key ? i18n.t(`diagnostic.send.fields.${key}`) : message;
  };
  const submit = async () => {
    const local: Record<string, string> = {};
    if (!name().trim()) local.name = i18n.t("diagnostic.send.fields.name");
    if (!phone().trim()) local.phone = i18n.t("diagnostic.send.fields.phone");
    setErrors(local);
    setFormError(null);
    if (Object.keys(local).length > 0) return;
    setBusy(true);
    try {
      await trpc.core.diagnostic.send.mutate({
        id: props.id,
        name: name(),
        phone: phone(),
        comment: comment(),
        locale: i18n.locale(),
      });
      await invalidateOrg(queryClient, org.id(), "diagnostic");
      showToast({ title: i18n.t("diagnostic.send.done"), tone: "success" });
      props.onOpenChange(false);
    } catch (error) {
      const failure = failureOf(error);
      setErrors(
        Object.fromEntries(Object.entries(failure.fields).map(([path, message]) => [path, word(message)])),
      );
      const reason = failure.details.reason;
      if (reason === "consultant-not-configured") setFormError(i18n.t("diagnostic.send.notConfigured"));
      else if (reason === "consultant-unreachable") setFormError(i18n.t("diagnostic.send.unreachable"));
      else if (Object.keys(failure.fields).length === 0) setFormError(failureText(i18n, failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <FormDialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      onOpen={() => {
        setName(me.data?.user.name ?? "");
        setErrors({});
        setFormError(null);
      }}
      title={i18n.t("diagnostic.send.title")}
      description={i18n.t("diagnostic.send.description")}
      submitLabel={i18n.t("diagnostic.send.submit")}
      onSubmit={submit}
      busy={busy()}
      error={formError()}
    >
      <TextField
        label={i18n.t("diagnostic.send.name")}
        value={name()}
        onChange={setName}
        error={errors().name}
        required
        autocomplete="name"
      />
      <TextField
        label={i18n.t("diagnostic.send.phone")}
        type="tel"
        value={phone()}
        onChange={setPhone}
        error={errors().phone}
        required
        autocomplete="tel"
      />
      <TextField
        label={i18n.t("diagnostic.send.comment")}
        placeholder={i18n.t("diagnostic.send.commentPlaceholder")}
        value={comment()}
        onChange={setComment}
        error={errors().comment}
        multiline
      />
    </FormDialog>
  );
}
