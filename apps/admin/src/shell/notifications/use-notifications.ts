import { useInfiniteQuery, useQuery, useQueryClient } from "@tanstack/solid-query";
import type { Accessor } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { useApi } from "../../lib/api-context.tsx";
import type { OutputOf } from "../../lib/api-types.ts";
import { orgKey } from "../../lib/org-key.ts";
import type { QuartetClient } from "../../lib/trpc.ts";

/** A page of the member's notifications, worded in the viewer's language. */
export type NotificationPage = OutputOf<QuartetClient["core"]["notifications"]["list"]>;
/** One notification: title, body, link, when it came and whether it is read. */
export type NotificationItem = NotificationPage["items"][number];

/** How many notifications the bell's panel shows. */
export const panelSize = 8;
/** How often the count is asked for while the live stream is down. */
const fallbackPollMs = 60_000;

/** The query keys of the tab's organisation's notifications: the count, and every list under `lists`. */
export function notificationKeys(orgId: string | null) {
  return {
    all: orgKey(orgId, "notifications"),
    count: orgKey(orgId, "notifications", "count"),
    lists: orgKey(orgId, "notifications", "list"),
  };
}

/**
 * The member's unread count (`core.notifications.unreadCount`); while the live stream is down
 * (`live` false) it is asked for again every minute.
 */
export function useUnreadCount(live: Accessor<boolean>, enabled: Accessor<boolean>) {
  const { trpc, org } = useApi();
  return useQuery(() => ({
    queryKey: notificationKeys(org.id()).count,
    queryFn: () => trpc.core.notifications.unreadCount.query(),
    enabled: enabled(),
    refetchInterval: live() ? false : fallbackPollMs,
  }));
}

/** The newest notifications for the bell's panel, in the current language, fetched while it is open. */
export function useLatestNotifications(enabled: Accessor<boolean>) {
  const { trpc, org } = useApi();
  const i18n = useT();
  return useQuery(() => ({
    queryKey: [...notificationKeys(org.id()).lists, "latest", i18n.locale()],
    queryFn: () => trpc.core.notifications.list.query({ limit: panelSize }),
    enabled: enabled(),
    staleTime: 0,
  }));
}

/** Every notification, newest first, a page at a time ("load more"); only unread ones with `unreadOnly`. */
export function useNotificationPages(unreadOnly: Accessor<boolean>) {
  const { trpc, org } = useApi();
  const i18n = useT();
  return useInfiniteQuery(() => ({
    queryKey: [...notificationKeys(org.id()).lists, "pages", i18n.locale(), unreadOnly()],
    queryFn: ({ pageParam }) =>
      trpc.core.notifications.list.query({
        limit: 20,
        unreadOnly: unreadOnly(),
        ...(pageParam ? { cursor: pageParam } : {}),
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (page: NotificationPage) => page.nextCursor,
  }));
}

/**
 * Marking read: one notification (a click on it) or all of them. The server's new unread count
 * goes straight into the cache, and the lists are refetched; other tabs learn it from their streams.
 */
export function useMarkRead() {
  const { trpc, org } = useApi();
  const queryClient = useQueryClient();
  const settle = async (answer: { unread: number }) => {
    const keys = notificationKeys(org.id());
    queryClient.setQueryData(keys.count, { count: answer.unread });
    await queryClient.invalidateQueries({ queryKey: keys.lists });
  };
  return {
    one: async (id: string) => settle(await trpc.core.notifications.markRead.mutate({ ids: [id] })),
    all: async () => settle(await trpc.core.notifications.markAllRead.mutate()),
  };
}
