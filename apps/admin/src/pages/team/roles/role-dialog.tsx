import { Button, Callout, Dialog, RadioCards, showToast, TextField } from "@quartet/ui";
import { useQueryClient } from "@tanstack/solid-query";
import { createEffect, createSignal, type JSX, Show } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import { useApi } from "../../../lib/api-context.tsx";
import type { Role, RolesList } from "../../../lib/api-types.ts";
import { invalidateOrg } from "../../../lib/org-key.ts";
import { useServerForm } from "../../../lib/server-form.ts";
import { PermissionChecklist } from "./permission-checklist.tsx";

type Scope = "own" | "team" | "all";

/** Creates a custom role or edits one: its name, the records it sees and its permissions. */
export function RoleDialog(props: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The role to edit; a new role when absent. */
  role?: Role | undefined;
  catalog: RolesList["permissions"];
  groupName: (owner: string) => string;
}): JSX.Element {
  const i18n = useT();
  const { trpc, org } = useApi();
  const queryClient = useQueryClient();
  const form = useServerForm(["name", "scope", "permissions"]);
  const [name, setName] = createSignal("");
  const [scope, setScope] = createSignal<Scope>("team");
  const [selected, setSelected] = createSignal<Set<string>>(new Set());
  createEffect(() => {
    if (!props.open) return;
    setName(props.role?.name.en ?? "");
    setScope(props.role?.scope ?? "team");
    setSelected(new Set(props.role?.permissions ?? []));
    form.show({});
  });
  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    const input = { name: name().trim(), scope: scope(), permissions: [...selected()] };
    const roleId = props.role?.id;
    const result = await form.run<unknown>(() =>
      roleId ? trpc.core.roles.update.mutate({ ...input, roleId }) : trpc.core.roles.create.mutate(input),
    );
    if (!result.ok) return;
    showToast({
      title: i18n.t(roleId ? "roles.saved" : "roles.created", { name: input.name }),
      tone: "success",
    });
    await invalidateOrg(queryClient, org.id(), "roles");
    props.onOpenChange(false);
  };
  const scopes = () =>
    (["own", "team", "all"] as const).map((value) => ({
      value,
      label: i18n.t(`scopes.${value}.title`),
      description: i18n.t(`scopes.${value}.description`),
    }));
  return (
    <Dialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      size="lg"
      title={
        props.role ? i18n.t("roles.editTitle", { name: props.role.name.en }) : i18n.t("roles.createTitle")
      }
      footer={
        <>
          <Button variant="secondary" onClick={() => props.onOpenChange(false)}>
            {i18n.t("common.cancel")}
          </Button>
          <Button variant="primary" type="submit" form="role-form" loading={form.busy()}>
            {props.role ? i18n.t("common.save") : i18n.t("common.create")}
          </Button>
        </>
      }
    >
      <form id="role-form" class="q-stack q-gap-4" onSubmit={save} noValidate>
        <Show when={form.formError()}>{(message) => <Callout tone="danger" title={message()} />}</Show>
        <TextField
          label={i18n.t("roles.name")}
          placeholder={i18n.t("roles.namePlaceholder")}
          value={name()}
          onChange={setName}
          error={form.fieldErrors().name}
          required
        />
        <RadioCards
          label={i18n.t("scopes.label")}
          options={scopes()}
          value={scope()}
          onChange={(value) => setScope(value as Scope)}
          error={form.fieldErrors().scope}
        />
        <div class="q-stack q-gap-2">
          <span class="q-field__label">{i18n.t("roles.permissions")}</span>
          <PermissionChecklist
            catalog={props.catalog}
            selected={selected()}
            onChange={setSelected}
            groupName={props.groupName}
            error={form.fieldErrors().permissions}
          />
        </div>
      </form>
    </Dialog>
  );
}
