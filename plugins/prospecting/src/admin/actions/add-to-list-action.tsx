import { ActionDialog, Callout, I18nProvider, Select, showToast } from "@quartet/ui";
import { createResource, createSignal, type JSX, Show } from "solid-js";
import { failureOf, useProspectingApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";

/**
 * The `client.actions` button "Add to a call list": pick one of the call lists and put the
 * client in its queue (`prospecting.lists.addClients`); a client that cannot be called (no phone,
 * on the do-not-call list, already listed) is named as such instead of silently skipped.
 */
export default function AddToListAction(props: {
  clientId: string;
  clientName: string;
  onDone: () => void;
}): JSX.Element {
  const api = useProspectingApi();
  // The lists load when the dialog first opens, not with every client card.
  const [opened, setOpened] = createSignal(false);
  const [listId, setListId] = createSignal("");
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [lists] = createResource(opened, () => api.lists.list.query());
  const chosen = () => lists()?.find((list) => list.id === listId()) ?? lists()?.[0];
  const submit = async () => {
    const list = chosen();
    if (!list) return false;
    setBusy(true);
    setError(null);
    try {
      const report = await api.lists.addClients.mutate({ listId: list.id, clientIds: [props.clientId] });
      const skipped = report.alreadyListed
        ? i18n.t("clientActions.skipped.alreadyListed", { list: list.name })
        : report.noPhone
          ? i18n.t("clientActions.skipped.noPhone")
          : report.doNotCall
            ? i18n.t("clientActions.skipped.doNotCall")
            : null;
      if (skipped) {
        setError(skipped);
        return false;
      }
      showToast({ title: i18n.t("clientActions.added", { list: list.name }), tone: "success" });
      props.onDone();
      return true;
    } catch (cause) {
      setError(failureOf(cause).message);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return (
    <I18nProvider i18n={i18n}>
      <ActionDialog
        label={i18n.t("clientActions.addToList")}
        title={i18n.t("clientActions.title", { client: props.clientName })}
        submitLabel={i18n.t("clientActions.submit")}
        busy={busy()}
        error={error()}
        onOpen={() => {
          setError(null);
          setOpened(true);
        }}
        onSubmit={submit}
      >
        <Show
          when={(lists()?.length ?? 0) > 0}
          fallback={
            <Show when={lists.state === "ready"}>
              <Callout tone="info">{i18n.t("clientActions.noLists")}</Callout>
            </Show>
          }
        >
          <Select
            label={i18n.t("clientActions.list")}
            options={(lists() ?? []).map((list) => ({ value: list.id, label: list.name }))}
            value={chosen()?.id ?? ""}
            onChange={setListId}
          />
        </Show>
      </ActionDialog>
    </I18nProvider>
  );
}
