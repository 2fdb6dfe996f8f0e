import { type JSX, Show } from "solid-js";
import { useAccess } from "../../../lib/me.ts";
import { InvitationsCard } from "../invitations/invitations-card.tsx";
import { MembersCard } from "./members-card.tsx";

/** The members tab: the members, then invitations for those who manage members. */
export function MembersTab(): JSX.Element {
  const access = useAccess();
  return (
    <div class="q-stack q-gap-6">
      <MembersCard />
      <Show when={access.can("core.members.manage")}>
        <InvitationsCard />
      </Show>
    </div>
  );
}
