import { Button, EmptyState, IconBell, IconSettings, Spinner } from "@quartet/ui";
import { A } from "@solidjs/router";
import { For, type JSX, Match, onCleanup, onMount, Show, Switch } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { runAction } from "../../lib/run-action.ts";
import { NotificationRow } from "./notification-row.tsx";
import { useMinuteClock } from "./use-minute-clock.ts";
import { type NotificationItem, useLatestNotifications, useMarkRead } from "./use-notifications.ts";

/**
 * The bell's open panel under the top bar (the full width on a phone): the newest notifications,
 * "mark all read", and links to every notification and to the settings. Escape or a click outside
 * closes it (`onClose(true)` when focus should go back to the bell).
 */
export function NotificationPanel(props: {
  unread: number;
  onClose: (returnFocus: boolean) => void;
  trigger: () => HTMLElement | undefined;
}): JSX.Element {
  const i18n = useT();
  const latest = useLatestNotifications(() => true);
  const mark = useMarkRead();
  const now = useMinuteClock();
  let panel: HTMLDivElement | undefined;
  const open = (item: NotificationItem) => {
    if (item.readAt === null) void runAction(i18n, () => mark.one(item.id));
    props.onClose(item.link === null);
  };
  onMount(() => {
    panel?.focus();
    const outside = (event: MouseEvent) => {
      const target = event.target as Node;
      if (!panel?.contains(target) && !props.trigger()?.contains(target)) props.onClose(false);
    };
    document.addEventListener("mousedown", outside);
    onCleanup(() => document.removeEventListener("mousedown", outside));
  });
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    event.stopPropagation();
    props.onClose(true);
  };
  const items = () => latest.data?.items ?? [];
  return (
    <div
      ref={panel}
      class="notif-panel"
      role="dialog"
      aria-label={i18n.t("notifications.bell.label")}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <header class="notif-panel__head">
        <h2 class="notif-panel__title">{i18n.t("notifications.bell.label")}</h2>
        <Show when={props.unread > 0}>
          <Button variant="ghost" size="sm" onClick={() => void runAction(i18n, mark.all)}>
            {i18n.t("notifications.bell.markAllRead")}
          </Button>
        </Show>
      </header>
      <div class="notif-panel__body">
        <Switch>
          <Match when={latest.isPending}>
            <div class="notif-panel__state">
              <Spinner />
            </div>
          </Match>
          <Match when={latest.isError && !latest.data}>
            <EmptyState tone="error" icon={<IconBell />} title={i18n.t("notifications.bell.failed")} />
          </Match>
          <Match when={items().length === 0}>
            <EmptyState
              icon={<IconBell />}
              title={i18n.t("notifications.bell.empty")}
              description={i18n.t("notifications.bell.emptyHint")}
            />
          </Match>
          <Match when={items().length > 0}>
            <ul class="notif-list" aria-label={i18n.t("notifications.bell.label")}>
              <For each={items()}>{(item) => <NotificationRow item={item} now={now()} onOpen={open} />}</For>
            </ul>
          </Match>
        </Switch>
      </div>
      <footer class="notif-panel__foot">
        <A href="/notifications" class="notif-panel__all" onClick={() => props.onClose(false)}>
          {i18n.t("notifications.bell.all")}
        </A>
        <A
          href="/settings/notifications"
          class="notif-panel__settings"
          aria-label={i18n.t("notifications.bell.settings")}
          title={i18n.t("notifications.bell.settings")}
          onClick={() => props.onClose(false)}
        >
          <IconSettings size={16} />
        </A>
      </footer>
    </div>
  );
}
