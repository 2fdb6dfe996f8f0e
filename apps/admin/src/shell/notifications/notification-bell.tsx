import { IconBell } from "@quartet/ui";
import { createEffect, createSignal, type JSX, lazy, onCleanup, Show } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { useAccess } from "../../lib/me.ts";
import { setTitleUnread } from "../../lib/page-title.ts";
import { unreadCountText } from "../../lib/tab-title.ts";
import { useIncomingCalls } from "../calls/use-incoming-calls.ts";
import { NotificationPanel } from "./notification-panel.tsx";
import { useNewArrivals } from "./use-new-arrivals.ts";
import { useNotificationStream } from "./use-notification-stream.ts";
import { useUnreadCount } from "./use-notifications.ts";
import "./notifications.css";

/** The popups load with the first ringing call, so their code stays out of the first page load. */
const IncomingCallPopups = lazy(() =>
  import("../calls/incoming-call-popups.tsx").then((m) => ({ default: m.IncomingCallPopups })),
);

/**
 * The top bar's bell: the unread count on a badge (99+ at most) and in the tab's title, kept live
 * by the tab's notification stream (a poll each minute while it is down), and a panel of the
 * newest notifications on click. A new one is announced to screen readers. The same stream brings
 * the incoming-call popups.
 */
export function NotificationBell(): JSX.Element {
  const i18n = useT();
  const access = useAccess();
  const [open, setOpen] = createSignal(false);
  const allowed = () => access.can("core.notifications.use");
  const arrivals = useNewArrivals();
  const calls = useIncomingCalls();
  const live = useNotificationStream(allowed, (report) => arrivals.report(report), calls.receive);
  const count = useUnreadCount(live, allowed);
  const unread = () => count.data?.count ?? 0;
  createEffect(() => setTitleUnread(allowed() ? unread() : 0));
  onCleanup(() => setTitleUnread(0));
  let trigger: HTMLButtonElement | undefined;
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) trigger?.focus();
  };
  return (
    <Show when={allowed()}>
      <div class="notif-bell">
        <button
          ref={trigger}
          type="button"
          class="notif-bell__trigger"
          aria-haspopup="dialog"
          aria-expanded={open()}
          data-live={live() ? "true" : "false"}
          aria-label={
            unread() > 0
              ? i18n.t("notifications.bell.labelUnread", { count: unread() })
              : i18n.t("notifications.bell.label")
          }
          onClick={() => setOpen(!open())}
        >
          <IconBell size={18} />
          <Show when={unread() > 0}>
            <span class="notif-bell__badge" aria-hidden="true">
              {unreadCountText(unread())}
            </span>
          </Show>
        </button>
        <span class="q-visually-hidden" aria-live="polite">
          {arrivals.announcement()}
        </span>
        <Show when={open()}>
          <NotificationPanel unread={unread()} onClose={close} trigger={() => trigger} />
        </Show>
        <Show when={calls.calls().length > 0}>
          <IncomingCallPopups calls={calls.calls()} onDismiss={calls.dismiss} />
        </Show>
      </div>
    </Show>
  );
}
