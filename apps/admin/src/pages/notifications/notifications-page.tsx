import { Button, IconSettings, type TabItem, Tabs } from "@quartet/ui";
import { A } from "@solidjs/router";
import { createSignal, type JSX, Show } from "solid-js";
import { RequirePermission } from "../../guards/require-permission.tsx";
import { useT } from "../../i18n/index.ts";
import { usePageTitle } from "../../lib/page-title.ts";
import { runAction } from "../../lib/run-action.ts";
import { useMarkRead, useUnreadCount } from "../../shell/notifications/use-notifications.ts";
import { NotificationList } from "./notification-list.tsx";
import "./notifications.css";

/** `/notifications`: every notification of the member, newest first, all or only unread, a page at a time. */
export default function NotificationsPage(): JSX.Element {
  const i18n = useT();
  const mark = useMarkRead();
  const [view, setView] = createSignal("all");
  // The bell keeps the count live; this page only reads it.
  const count = useUnreadCount(
    () => true,
    () => true,
  );
  const unread = () => count.data?.count ?? 0;
  usePageTitle(() => i18n.t("notifications.page.title"));
  // Made once, with the words and the count read live: new tab objects would remount the lists.
  const tabs: TabItem[] = [
    {
      value: "all",
      get label() {
        return i18n.t("notifications.page.all");
      },
      content: () => <NotificationList unreadOnly={false} />,
    },
    {
      value: "unread",
      get label() {
        return i18n.t("notifications.page.unread");
      },
      get count() {
        return unread() > 0 ? unread() : undefined;
      },
      content: () => <NotificationList unreadOnly />,
    },
  ];
  return (
    <RequirePermission permission="core.notifications.use">
      <div class="q-container notif-page">
        <div class="q-page-header">
          <div class="q-stack q-gap-1">
            <h1>{i18n.t("notifications.page.title")}</h1>
            <p class="q-muted">{i18n.t("notifications.page.subtitle")}</p>
          </div>
          <div class="notif-page__actions">
            <Show when={unread() > 0}>
              <Button
                variant="secondary"
                onClick={() => runAction(i18n, mark.all, i18n.t("notifications.page.allRead"))}
              >
                {i18n.t("notifications.bell.markAllRead")}
              </Button>
            </Show>
            <A href="/settings/notifications" class="q-button notif-page__settings" data-variant="secondary">
              <IconSettings size={16} />
              <span>{i18n.t("notifications.bell.settings")}</span>
            </A>
          </div>
        </div>
        <Tabs label={i18n.t("notifications.page.filter")} value={view()} onChange={setView} items={tabs} />
      </div>
    </RequirePermission>
  );
}
