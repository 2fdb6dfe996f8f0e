import {
  Badge,
  Button,
  Card,
  EmptyState,
  IconHistory,
  Select,
  salesFunctions,
  TextField,
  timelineAuthor,
  timelineText,
} from "@quartet/ui";
import { useInfiniteQuery, useQueryClient } from "@tanstack/solid-query";
import { createSignal, For, type JSX, Show } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { useApi } from "../../lib/api-context.tsx";
import { useAccess } from "../../lib/me.ts";
import { invalidateOrg, orgKey } from "../../lib/org-key.ts";
import { useServerForm } from "../../lib/server-form.ts";

const loggedTypes = ["call", "meeting", "note", "message", "email"] as const;
type LoggedType = (typeof loggedTypes)[number];
type SalesFunction = (typeof salesFunctions)[number];

/** The value of "all functions" in a select (Kobalte needs a non-empty key). */
const all = "*";

/** A client's timeline across the four functions, newest first: a function filter, "log a call/meeting/note", and "load more". */
export function ClientTimeline(props: { clientId: string }): JSX.Element {
  const i18n = useT();
  const { trpc, org } = useApi();
  const access = useAccess();
  const queryClient = useQueryClient();
  const [fn, setFn] = createSignal<SalesFunction | null>(null);
  const [type, setType] = createSignal<LoggedType>("call");
  const [logFn, setLogFn] = createSignal<SalesFunction | null>(null);
  const [body, setBody] = createSignal("");
  const form = useServerForm(["type", "function", "body"]);
  const timeline = useInfiniteQuery(() => ({
    queryKey: orgKey(org.id(), "timeline", props.clientId, fn()),
    queryFn: ({ pageParam }) =>
      trpc.core.timeline.list.query({
        clientId: props.clientId,
        ...(fn() ? { function: fn() ?? undefined } : {}),
        ...(pageParam ? { cursor: pageParam } : {}),
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  }));
  const entries = () => timeline.data?.pages.flatMap((page) => page.items) ?? [];
  const functionOptions = (none: string) => [
    { value: all, label: none },
    ...salesFunctions.map((f) => ({ value: f, label: i18n.t(`functions.${f}`) })),
  ];
  const log = async () => {
    const result = await form.run(() =>
      trpc.core.timeline.log.mutate({
        clientId: props.clientId,
        type: type(),
        function: logFn(),
        body: body(),
      }),
    );
    if (!result.ok) return;
    setBody("");
    await invalidateOrg(queryClient, org.id(), "timeline", props.clientId);
  };
  return (
    <Card title={i18n.t("clientPage.timeline")} padding="flush">
      <Show when={access.can("core.activities.write")}>
        <form
          class="timeline-log"
          onSubmit={(event) => {
            event.preventDefault();
            void log();
          }}
        >
          <div class="timeline-log__row">
            <Select
              label={i18n.t("clientPage.entryType")}
              options={loggedTypes.map((t) => ({ value: t, label: i18n.t(`clientPage.types.${t}`) }))}
              value={type()}
              onChange={(value) => setType(value as LoggedType)}
              error={form.fieldErrors().type}
            />
            <Select
              label={i18n.t("clientPage.function")}
              options={functionOptions(i18n.t("clientPage.noFunction"))}
              value={logFn() ?? all}
              onChange={(value) => setLogFn(value === all ? null : (value as SalesFunction))}
            />
          </div>
          <TextField
            label={i18n.t("clientPage.body")}
            multiline
            value={body()}
            onChange={setBody}
            error={form.fieldErrors().body}
          />
          <Show when={form.formError()}>
            <p class="q-error" role="alert">
              {form.formError()}
            </p>
          </Show>
          <div>
            <Button type="submit" variant="primary" loading={form.busy()}>
              {i18n.t("clientPage.log")}
            </Button>
          </div>
        </form>
      </Show>
      <div class="timeline-filter">
        <Select
          label={i18n.t("clientPage.filterFunction")}
          options={functionOptions(i18n.t("clientPage.allFunctions"))}
          value={fn() ?? all}
          onChange={(value) => setFn(value === all ? null : (value as SalesFunction))}
        />
      </div>
      <Show
        when={entries().length > 0}
        fallback={<EmptyState icon={<IconHistory />} title={i18n.t("clientPage.noEntries")} />}
      >
        <ol class="timeline" aria-label={i18n.t("clientPage.timeline")}>
          <For each={entries()}>
            {(entry) => (
              <li class="timeline__entry">
                <div class="timeline__meta">
                  <strong>{i18n.tDynamic(`clientPage.types.${entry.type}`)}</strong>
                  <Show when={entry.function}>
                    {(f) => <Badge tone={f() as SalesFunction}>{i18n.tDynamic(`functions.${f()}`)}</Badge>}
                  </Show>
                  <span class="q-subtle">
                    {timelineAuthor(entry, i18n.locale())} · {i18n.formatDateTime(entry.occurredAt)}
                  </span>
                </div>
                <p class="timeline__body">{timelineText(entry, i18n.locale())}</p>
              </li>
            )}
          </For>
        </ol>
      </Show>
      <Show when={timeline.hasNextPage}>
        <div class="timeline__more">
          <Button
            variant="secondary"
            loading={timeline.isFetchingNextPage}
            onClick={() => timeline.fetchNextPage()}
          >
            {i18n.t("common.loadMore")}
          </Button>
        </div>
      </Show>
    </Card>
  );
}
