import { A } from "@solidjs/router";
import { type JSX, Show } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { relativeTime } from "./relative-time.ts";
import type { NotificationItem } from "./use-notifications.ts";

/**
 * One notification in the bell's panel or on the notifications page: an unread dot, the title, the
 * body and when it came. Opening it marks it read and, when it has a link, goes there.
 */
export function NotificationRow(props: {
  item: NotificationItem;
  now: number;
  onOpen: (item: NotificationItem) => void;
}): JSX.Element {
  const i18n = useT();
  const unread = () => props.item.readAt === null;
  const content = (
    <>
      <span class="notif-row__dot" aria-hidden="true" />
      <span class="notif-row__text">
        <span class="notif-row__title">
          <Show when={unread()}>
            <span class="q-visually-hidden">{`${i18n.t("notifications.bell.unread")}: `}</span>
          </Show>
          {props.item.title}
        </span>
        <Show when={props.item.body}>
          <span class="notif-row__body">{props.item.body}</span>
        </Show>
        <time class="notif-row__time" datetime={new Date(props.item.createdAt).toISOString()}>
          {relativeTime(i18n.locale(), props.item.createdAt, props.now, i18n.t("notifications.time.justNow"))}
        </time>
      </span>
    </>
  );
  return (
    <li class="notif-row" classList={{ "notif-row--unread": unread() }}>
      <Show
        when={props.item.link}
        fallback={
          <button type="button" class="notif-row__open" onClick={() => props.onOpen(props.item)}>
            {content}
          </button>
        }
      >
        {(link) => (
          <A class="notif-row__open" href={link()} onClick={() => props.onOpen(props.item)}>
            {content}
          </A>
        )}
      </Show>
    </li>
  );
}
