import { Button, Card, EmptyState, IconBell, Spinner } from "@quartet/ui";
import { For, type JSX, Match, Show, Switch } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { runAction } from "../../lib/run-action.ts";
import { NotificationRow } from "../../shell/notifications/notification-row.tsx";
import { useMinuteClock } from "../../shell/notifications/use-minute-clock.ts";
import {
  type NotificationItem,
  useMarkRead,
  useNotificationPages,
} from "../../shell/notifications/use-notifications.ts";

/** The notifications page's list: newest first, "load more" by cursor, an empty state for each filter. */
export function NotificationList(props: { unreadOnly: boolean }): JSX.Element {
  const i18n = useT();
  const pages = useNotificationPages(() => props.unreadOnly);
  const mark = useMarkRead();
  const now = useMinuteClock();
  const items = () => pages.data?.pages.flatMap((page) => page.items) ?? [];
  const open = (item: NotificationItem) => {
    if (item.readAt === null) void runAction(i18n, () => mark.one(item.id));
  };
  return (
    <Card padding="flush">
      <Switch>
        <Match when={pages.isPending}>
          <div class="card-loading">
            <Spinner />
          </div>
        </Match>
        <Match when={pages.isError && !pages.data}>
          <EmptyState tone="error" icon={<IconBell />} title={i18n.t("notifications.bell.failed")} />
        </Match>
        <Match when={items().length === 0}>
          <EmptyState
            icon={<IconBell />}
            title={i18n.t(props.unreadOnly ? "notifications.page.emptyUnread" : "notifications.page.empty")}
            description={i18n.t(
              props.unreadOnly ? "notifications.page.emptyUnreadHint" : "notifications.bell.emptyHint",
            )}
          />
        </Match>
        <Match when={items().length > 0}>
          <ul class="notif-list" aria-label={i18n.t("notifications.page.title")}>
            <For each={items()}>{(item) => <NotificationRow item={item} now={now()} onOpen={open} />}</For>
          </ul>
          <Show when={pages.hasNextPage}>
            <div class="notif-page__more">
              <Button
                variant="secondary"
                loading={pages.isFetchingNextPage}
                onClick={() => pages.fetchNextPage()}
              >
                {i18n.t("common.loadMore")}
              </Button>
            </div>
          </Show>
        </Match>
      </Switch>
    </Card>
  );
}
