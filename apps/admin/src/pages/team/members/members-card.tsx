import { Avatar, Badge, Card, emailLink, Spinner, Table, type TableColumn } from "@quartet/ui";
import { type JSX, Show } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import type { Member } from "../../../lib/api-types.ts";
import { useAccess } from "../../../lib/me.ts";
import { useMembers } from "../queries.ts";
import { MemberActions } from "./member-actions.tsx";
import { RoleCell } from "./role-cell.tsx";

/** The members: who they are, their role (changeable), when they joined, and their actions. */
export function MembersCard(): JSX.Element {
  const i18n = useT();
  const access = useAccess();
  const members = useMembers();
  const columns = (): TableColumn<Member>[] => [
    {
      id: "name",
      header: i18n.t("members.name"),
      cell: (member) => (
        <div class="person">
          <Avatar name={member.name || member.email} seed={member.userId} />
          <div class="person__text">
            <span class="person__name">
              {member.name || member.email}
              <Show when={member.userId === access.userId()}>
                <Badge tone="info">{i18n.t("members.you")}</Badge>
              </Show>
            </span>
            <span class="person__email">{emailLink(member.email).text}</span>
          </div>
        </div>
      ),
    },
    {
      id: "role",
      header: i18n.t("members.role"),
      cell: (member) => <RoleCell member={member} />,
      width: "220px",
    },
    {
      id: "joined",
      header: i18n.t("members.joined"),
      cell: (member) => <span class="q-subtle cell-date">{i18n.formatDate(member.joinedAt)}</span>,
      width: "160px",
    },
    {
      id: "actions",
      header: i18n.t("common.actions"),
      headerHidden: true,
      cell: (member) => <MemberActions member={member} />,
      align: "end",
      width: "64px",
    },
  ];
  return (
    <Card
      title={i18n.t("members.title")}
      padding="flush"
      actions={<Badge>{String(members.data?.length ?? "")}</Badge>}
    >
      <Show
        when={members.data}
        fallback={
          <div class="card-loading">
            <Spinner />
          </div>
        }
      >
        {(list) => (
          <Table
            caption={i18n.t("members.title")}
            columns={columns()}
            rows={list()}
            rowKey={(m) => m.userId}
          />
        )}
      </Show>
    </Card>
  );
}
