import { Button, Card, Dialog, showToast } from "@quartet/ui";
import { useQuery, useQueryClient } from "@tanstack/solid-query";
import { createSignal, type JSX, Show } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { useApi } from "../../lib/api-context.tsx";
import { useAccess } from "../../lib/me.ts";
import { orgKey } from "../../lib/org-key.ts";
import { RequisitesForm, type RequisitesFormControls } from "./requisites-form.tsx";

/**
 * A client's requisites on its card: INN/KPP, the default bank account, and the full form in a
 * dialog for those who may edit the client. `controls` reaches the form's `fill(values)`.
 */
export function ClientRequisitesCard(props: {
  clientId: string;
  controls?: (controls: RequisitesFormControls) => void;
}): JSX.Element {
  const i18n = useT();
  const { trpc, org } = useApi();
  const access = useAccess();
  const queryClient = useQueryClient();
  const [open, setOpen] = createSignal(false);
  const key = () => orgKey(org.id(), "requisites", "client", props.clientId);
  const requisites = useQuery(() => ({
    queryKey: key(),
    queryFn: () => trpc.core.requisites.client.get.query({ clientId: props.clientId }),
    enabled: access.can("core.clients.read"),
  }));
  const account = () => requisites.data?.bankAccounts.find((a) => a.isDefault);
  const codes = () =>
    [
      requisites.data?.inn && `${i18n.t("requisites.fields.inn")} ${requisites.data.inn}`,
      requisites.data?.kpp && `${i18n.t("requisites.fields.kpp")} ${requisites.data.kpp}`,
    ]
      .filter(Boolean)
      .join(" · ");
  return (
    <Show when={requisites.data}>
      {(value) => (
        <Card
          class="client-requisites"
          title={i18n.t("requisites.client.title")}
          actions={
            <Show when={access.can("core.clients.write")}>
              <Button variant="secondary" size="sm" onClick={() => setOpen(true)}>
                {i18n.t("requisites.client.edit")}
              </Button>
            </Show>
          }
        >
          <Show
            when={codes() || account()}
            fallback={<p class="q-muted">{i18n.t("requisites.client.empty")}</p>}
          >
            <div class="q-stack q-gap-1">
              <Show when={value().fullName}>{(name) => <span>{name()}</span>}</Show>
              <Show when={codes()}>{(text) => <span class="q-subtle">{text()}</span>}</Show>
              <Show when={account()}>
                {(bank) => (
                  <span class="q-subtle">
                    {[bank().bankName, i18n.t("requisites.client.account", { account: bank().account })]
                      .filter(Boolean)
                      .join(", ")}
                  </span>
                )}
              </Show>
            </div>
          </Show>
          <Dialog open={open()} onOpenChange={setOpen} title={i18n.t("requisites.client.dialog")} size="lg">
            <RequisitesForm
              value={value()}
              readOnly={!access.can("core.clients.write")}
              errorPrefix="requisites."
              controls={props.controls}
              save={(input) =>
                trpc.core.requisites.client.set.mutate({ clientId: props.clientId, requisites: input })
              }
              onSaved={() => {
                showToast({ title: i18n.t("common.saved"), tone: "success" });
                setOpen(false);
                void queryClient.invalidateQueries({ queryKey: key() });
                void queryClient.invalidateQueries({ queryKey: orgKey(org.id(), "client", props.clientId) });
              }}
            />
          </Dialog>
        </Card>
      )}
    </Show>
  );
}
