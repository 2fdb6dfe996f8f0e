import { useQueryClient } from "@tanstack/solid-query";
import { createSignal } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { useApi } from "../../lib/api-context.tsx";
import { arrivalOf } from "./arrival.ts";
import type { StreamReport } from "./use-notification-stream.ts";
import { type NotificationPage, notificationKeys, panelSize } from "./use-notifications.ts";

/**
 * What the bell does with the stream's reports: the count goes straight into the cache (badge and
 * title follow), the lists are refetched when it changed, and when it grew the newest notification
 * is announced to screen readers ("New notification: Мария Иванова, web form").
 */
export function useNewArrivals() {
  const i18n = useT();
  const { trpc, org } = useApi();
  const queryClient = useQueryClient();
  const [announcement, setAnnouncement] = createSignal("");
  const announceNewest = async (orgId: string | null) => {
    const page = await queryClient.fetchQuery<NotificationPage>({
      queryKey: [...notificationKeys(orgId).lists, "latest", i18n.locale()],
      queryFn: () => trpc.core.notifications.list.query({ limit: panelSize }),
    });
    const newest = page.items.find((item) => item.readAt === null);
    if (newest) setAnnouncement(i18n.t("notifications.bell.arrived", { title: newest.title }));
  };
  return {
    announcement,
    report: (report: StreamReport) => {
      const orgId = org.id();
      const keys = notificationKeys(orgId);
      const action = arrivalOf(queryClient.getQueryData<{ count: number }>(keys.count)?.count, report);
      queryClient.setQueryData(keys.count, { count: report.unread });
      if (action.refetch) void queryClient.invalidateQueries({ queryKey: keys.lists });
      // The badge already says it; an announcement that could not be worded is left out.
      if (action.announce) void announceNewest(orgId).catch(() => undefined);
    },
  };
}
