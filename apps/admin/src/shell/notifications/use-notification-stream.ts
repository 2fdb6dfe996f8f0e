import { type Accessor, createEffect, createSignal, onCleanup } from "solid-js";
import { useApi } from "../../lib/api-context.tsx";
import { streamUrl, unreadOf } from "./stream-event.ts";

/** What the stream reports: the count on connecting (`ready`) and each time it changes (`notification`). */
export type StreamReport = { kind: "ready" | "notification"; unread: number };

/**
 * One live stream per tab (`EventSource` on the server's notification stream) for the tab's
 * organisation: opened again when the tab switches organisations, closed when the shell goes (sign
 * out). Returns whether it is live; the browser reconnects by itself after a drop, and until it is
 * back the count falls back to polling.
 */
export function useNotificationStream(
  enabled: Accessor<boolean>,
  onReport: (report: StreamReport) => void,
): Accessor<boolean> {
  const { org } = useApi();
  const [live, setLive] = createSignal(false);
  createEffect(() => {
    const orgId = org.id();
    if (!enabled() || !orgId || typeof EventSource === "undefined") return;
    const source = new EventSource(streamUrl(orgId), { withCredentials: true });
    const listen = (kind: StreamReport["kind"]) =>
      source.addEventListener(kind, (event) => {
        const unread = unreadOf((event as MessageEvent).data);
        setLive(true);
        if (unread !== null) onReport({ kind, unread });
      });
    listen("ready");
    listen("notification");
    source.onerror = () => setLive(false);
    onCleanup(() => {
      source.close();
      setLive(false);
    });
  });
  return live;
}
