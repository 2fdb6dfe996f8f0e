import { Button, Card, EmptyState, Select, showToast, TextField } from "@quartet/ui";
import { useQueryClient } from "@tanstack/solid-query";
import { createSignal, For, type JSX, Show } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import { useApi } from "../../../lib/api-context.tsx";
import { invalidateOrg } from "../../../lib/org-key.ts";
import { runAction } from "../../../lib/run-action.ts";
import { useServerForm } from "../../../lib/server-form.ts";
import { useMembers } from "../../team/queries.ts";
import { type ExtensionRow, useExtensions } from "./queries.ts";

/**
 * Extensions of the exchange and the members who answer them (by name): the list with «Освободить»
 * on each, and a row to assign an extension to a member (their previous one is freed).
 */
export function ExtensionsCard(): JSX.Element {
  const i18n = useT();
  const { trpc, org } = useApi();
  const queryClient = useQueryClient();
  const extensions = useExtensions();
  const members = useMembers();
  const [extension, setExtension] = createSignal("");
  const [userId, setUserId] = createSignal("");
  const form = useServerForm(["extension", "userId"]);
  const refresh = () => invalidateOrg(queryClient, org.id(), "telephony");
  const nameOf = (row: ExtensionRow) => row.name ?? i18n.t("telephony.formerMember");
  const assign = async () => {
    const result = await form.run(() =>
      trpc.core.telephony.extensions.set.mutate({ extension: extension(), userId: userId() }),
    );
    if (!result.ok) return;
    const name = members.data?.find((m) => m.userId === userId())?.name ?? "";
    showToast({
      title: i18n.t("telephony.extensionSaved", { extension: result.value.extension, name }),
      tone: "success",
    });
    setExtension("");
    setUserId("");
    await refresh();
  };
  const free = async (row: ExtensionRow) => {
    await runAction(
      i18n,
      () => trpc.core.telephony.extensions.remove.mutate({ extension: row.extension }),
      i18n.t("telephony.extensionRemoved", { extension: row.extension }),
    );
    await refresh();
  };
  return (
    <Card title={i18n.t("telephony.extensionsTitle")} description={i18n.t("telephony.extensionsHint")}>
      <div class="q-stack q-gap-4">
        <Show
          when={(extensions.data ?? []).length > 0}
          fallback={<EmptyState title={i18n.t("telephony.noExtensions")} />}
        >
          <ul class="telephony__extensions" aria-label={i18n.t("telephony.extensionsTitle")}>
            <For each={extensions.data}>
              {(row) => (
                <li class="telephony__extension">
                  <span class="telephony__number q-mono">{row.extension}</span>
                  <span class="telephony__member">{nameOf(row)}</span>
                  <Button
                    variant="ghost"
                    size="sm"
                    aria-label={i18n.t("telephony.removeLabel", {
                      extension: row.extension,
                      name: nameOf(row),
                    })}
                    onClick={() => free(row)}
                  >
                    {i18n.t("telephony.removeExtension")}
                  </Button>
                </li>
              )}
            </For>
          </ul>
        </Show>
        <div class="telephony__assign">
          <TextField
            label={i18n.t("telephony.extension")}
            value={extension()}
            onChange={(value) => {
              setExtension(value);
              form.clear("extension");
            }}
            inputMode="numeric"
            placeholder="101"
            error={form.fieldErrors().extension}
          />
          <Select
            label={i18n.t("telephony.member")}
            placeholder={i18n.t("telephony.chooseMember")}
            options={(members.data ?? []).map((m) => ({ value: m.userId, label: m.name }))}
            value={userId()}
            onChange={(value) => {
              setUserId(value);
              form.clear("userId");
            }}
            error={form.fieldErrors().userId}
          />
          <Button variant="secondary" loading={form.busy()} onClick={assign}>
            {i18n.t("telephony.addExtension")}
          </Button>
        </div>
      </div>
    </Card>
  );
}
