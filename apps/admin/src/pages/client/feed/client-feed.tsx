import {
  Button,
  Card,
  EmptyState,
  IconHistory,
  type SalesFunction,
  Select,
  salesFunctions,
} from "@quartet/ui";
import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/solid-query";
import { createSignal, For, type JSX, Show } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import { useApi } from "../../../lib/api-context.tsx";
import { useAccess } from "../../../lib/me.ts";
import { orgKey } from "../../../lib/org-key.ts";
import { useOrgRefresh } from "../../../lib/org-refresh.ts";
import { runAction } from "../../../lib/run-action.ts";
import { FeedEntry } from "./feed-entry.tsx";
import { type TypeGroup, typeGroups, typesOfGroup } from "./feed-filter.ts";

/** The value of "all" in a select (Kobalte needs a non-empty key). */
const all = "*";

/**
 * A client's feed across the four functions, newest first: pinned entries on top, filters by
 * function and by type, pin/unpin for those who write entries, and "load more".
 */
export function ClientFeed(props: { clientId: string }): JSX.Element {
  const i18n = useT();
  const { trpc, org } = useApi();
  const access = useAccess();
  const refresh = useOrgRefresh();
  const [fn, setFn] = createSignal<SalesFunction | null>(null);
  const [group, setGroup] = createSignal<TypeGroup | null>(null);
  const [pinning, setPinning] = createSignal<string | null>(null);
  const filter = () => ({
    clientId: props.clientId,
    ...(fn() ? { function: fn() ?? undefined } : {}),
    ...(group() ? { types: typesOfGroup(group()) } : {}),
  });
  const pinned = useQuery(() => ({
    queryKey: orgKey(org.id(), "timeline", props.clientId, "pinned", fn(), group()),
    queryFn: () => trpc.core.timeline.list.query({ ...filter(), pinned: true, limit: 20 }),
    placeholderData: keepPreviousData,
  }));
  const feed = useInfiniteQuery(() => ({
    queryKey: orgKey(org.id(), "timeline", props.clientId, "feed", fn(), group()),
    queryFn: ({ pageParam }) =>
      trpc.core.timeline.list.query({
        ...filter(),
        pinned: false,
        ...(pageParam ? { cursor: pageParam } : {}),
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    placeholderData: keepPreviousData,
  }));
  const entries = () => feed.data?.pages.flatMap((page) => page.items) ?? [];
  const pin = async (activityId: string, value: boolean) => {
    setPinning(activityId);
    const ok = await runAction(i18n, () => trpc.core.timeline.pin.mutate({ activityId, pinned: value }));
    if (ok) await refresh("timeline");
    setPinning(null);
  };
  const entry = (item: ReturnType<typeof entries>[number]) => (
    <FeedEntry
      entry={item}
      canPin={access.can("core.activities.write")}
      busy={pinning() === item.id}
      onPin={(value) => void pin(item.id, value)}
    />
  );
  return (
    <Card title={i18n.t("clientPage.timeline")} padding="flush" class="feed">
      <div class="feed__filters">
        <Select
          label={i18n.t("clientPage.filterFunction")}
          options={[
            { value: all, label: i18n.t("clientPage.allFunctions") },
            ...salesFunctions.map((f) => ({ value: f, label: i18n.t(`functions.${f}`) })),
          ]}
          value={fn() ?? all}
          onChange={(value) => setFn(value === all ? null : (value as SalesFunction))}
        />
        <Select
          label={i18n.t("clientPage.feed.filterType")}
          options={[
            { value: all, label: i18n.t("clientPage.feed.allTypes") },
            ...typeGroups.map((g) => ({ value: g, label: i18n.t(`clientPage.feed.typeFilters.${g}`) })),
          ]}
          value={group() ?? all}
          onChange={(value) => setGroup(value === all ? null : (value as TypeGroup))}
        />
      </div>
      <Show when={(pinned.data?.items.length ?? 0) > 0}>
        <section class="feed__pinned" aria-label={i18n.t("clientPage.feed.pinned")}>
          <ol class="feed__list">
            <For each={pinned.data?.items}>{entry}</For>
          </ol>
        </section>
      </Show>
      <Show
        when={entries().length > 0 || (pinned.data?.items.length ?? 0) > 0}
        fallback={<EmptyState icon={<IconHistory />} title={i18n.t("clientPage.noEntries")} />}
      >
        <ol class="feed__list" aria-label={i18n.t("clientPage.timeline")}>
          <For each={entries()}>{entry}</For>
        </ol>
      </Show>
      <Show when={feed.hasNextPage}>
        <div class="feed__more">
          <Button variant="secondary" loading={feed.isFetchingNextPage} onClick={() => feed.fetchNextPage()}>
            {i18n.t("common.loadMore")}
          </Button>
        </div>
      </Show>
    </Card>
  );
}
