import { Card, RadioCards, showToast } from "@quartet/ui";
import { useQuery, useQueryClient } from "@tanstack/solid-query";
import { type JSX, Show } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import { useApi } from "../../../lib/api-context.tsx";
import { runAction } from "../../../lib/run-action.ts";

const policies = ["open", "invitation", "closed"] as const;

/**
 * «Регистрация на сервере»: who may create an account on this server (`core.instance`), shown only
 * to the server's administrator — the first person who signed up; for anyone else the query is
 * refused and the card stays hidden. A change applies at once, over the server's `QUARTET_SIGNUP`.
 */
export function InstanceCard(): JSX.Element {
  const i18n = useT();
  const { trpc } = useApi();
  const queryClient = useQueryClient();
  const instance = useQuery(() => ({
    queryKey: ["instance"],
    queryFn: () => trpc.core.instance.get.query(),
    retry: false,
  }));
  const change = async (value: string) => {
    const policy = value as (typeof policies)[number];
    if (policy === instance.data?.policy) return;
    const ok = await runAction(i18n, () => trpc.core.instance.setSignUpPolicy.mutate({ policy }));
    if (ok) showToast({ title: i18n.t("auth.instance.saved"), tone: "success" });
    await queryClient.invalidateQueries({ queryKey: ["instance"] });
    await queryClient.invalidateQueries({ queryKey: ["sign-up-policy"] });
  };
  return (
    <Show when={instance.data}>
      {(settings) => (
        <Card title={i18n.t("auth.instance.title")} description={i18n.t("auth.instance.description")}>
          <div class="q-stack q-gap-3">
            <RadioCards
              label={i18n.t("auth.instance.policy")}
              labelHidden
              options={policies.map((policy) => ({
                value: policy,
                label: i18n.t(`auth.instance.${policy}`),
                description: i18n.t(`auth.instance.${policy}Text`),
              }))}
              value={settings().policy}
              onChange={(value) => void change(value)}
            />
            <p class="q-muted">
              {i18n.t(settings().verifyEmail ? "auth.instance.verifyOn" : "auth.instance.verifyOff")}{" "}
              {i18n.t("auth.instance.limit", { count: settings().maxOrganisationsPerUser })}
            </p>
          </div>
        </Card>
      )}
    </Show>
  );
}
