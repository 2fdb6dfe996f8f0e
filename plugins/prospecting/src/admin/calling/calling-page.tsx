import { Button, Callout, Card, I18nProvider, showToast, Tabs } from "@quartet/ui";
import { A } from "@solidjs/router";
import { createResource, createSignal, type JSX, Show } from "solid-js";
import { failureOf, useCan, useProspectingApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { perm } from "../permissions.ts";
import { CampaignForm } from "./campaign-form.tsx";
import { CampaignsTable } from "./campaigns-table.tsx";
import { ListBuilder } from "./list-builder.tsx";
import { ListsTable } from "./lists-table.tsx";
import "../prospecting.css";

/** `/calling`: campaigns with their progress, and the call lists they work; build a list, start a campaign. */
export default function CallingPage(): JSX.Element {
  const api = useProspectingApi();
  const can = useCan();
  const [tab, setTab] = createSignal("campaigns");
  const [lists, { refetch: refetchLists }] = createResource(() => api.lists.list.query());
  const [campaigns, { refetch: refetchCampaigns }] = createResource(() => api.campaigns.list.query());
  const [scripts] = createResource(() => api.scripts.list.query());
  const [open, setOpen] = createSignal<"list" | "campaign" | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  const freeLists = () => (lists() ?? []).filter((l) => !(campaigns() ?? []).some((c) => c.listId === l.id));
  const update = async (change: {
    campaignId: string;
    status?: "active" | "paused";
    scriptVersion?: number;
  }) => {
    setError(null);
    try {
      await api.campaigns.update.mutate(change);
      void refetchCampaigns();
    } catch (cause) {
      setError(failureOf(cause).message);
    }
  };
  const newCampaign = () => {
    if (freeLists().length === 0) setError(i18n.t("calling.noFreeList"));
    else if ((scripts() ?? []).length === 0) setError(i18n.t("calling.noScript"));
    else {
      setError(null);
      setOpen("campaign");
    }
  };
  return (
    <I18nProvider i18n={i18n}>
      <div class="q-container pr-page">
        <div class="q-page-header">
          <h1>{i18n.t("calling.title")}</h1>
          <div class="pr-actions">
            <Show when={can(perm.scriptsManage)}>
              <A href="/calling/scripts">{i18n.t("calling.scripts")}</A>
            </Show>
            <Button onClick={() => setOpen("list")}>{i18n.t("calling.newList")}</Button>
            <Button variant="primary" onClick={newCampaign}>
              {i18n.t("calling.newCampaign")}
            </Button>
          </div>
        </div>
        <Show when={error()}>{(message) => <Callout tone="warning">{message()}</Callout>}</Show>
        <Show when={open() === "list"}>
          <ListBuilder
            onCancel={() => setOpen(null)}
            onBuilt={() => {
              setOpen(null);
              setTab("lists");
              void refetchLists();
            }}
          />
        </Show>
        <Show when={open() === "campaign"}>
          <CampaignForm
            lists={freeLists()}
            scripts={scripts() ?? []}
            onCancel={() => setOpen(null)}
            onCreated={(name) => {
              setOpen(null);
              setTab("campaigns");
              showToast({ title: i18n.t("calling.created", { name }), tone: "success" });
              void refetchCampaigns();
            }}
          />
        </Show>
        <Card padding="flush">
          <Tabs
            label={i18n.t("calling.title")}
            value={tab()}
            onChange={setTab}
            items={[
              {
                value: "campaigns",
                label: i18n.t("calling.campaigns"),
                count: campaigns()?.length,
                content: () => (
                  <CampaignsTable
                    campaigns={campaigns() ?? []}
                    lists={lists() ?? []}
                    scripts={scripts() ?? []}
                    onToggle={(c) =>
                      void update({ campaignId: c.id, status: c.status === "active" ? "paused" : "active" })
                    }
                    onUpgrade={(c, version) => void update({ campaignId: c.id, scriptVersion: version })}
                  />
                ),
              },
              {
                value: "lists",
                label: i18n.t("calling.lists"),
                count: lists()?.length,
                content: () => <ListsTable lists={lists() ?? []} />,
              },
            ]}
          />
        </Card>
      </div>
    </I18nProvider>
  );
}
