import { type Accessor, createEffect, createSignal, onCleanup } from "solid-js";
import { useApi } from "../../lib/api-context.tsx";
import { streamUrl, unreadOf } from "./stream-event.ts";

/** What the stream reports: the count on connecting (`ready`) and each time it changes (`notification`). */
export type StreamReport = { kind: "ready" | "notification"; unread: number };

/** How long a stream the browser gave up on (the server refused it) waits before a fresh try. */
const retryClosedMs = 30_000;

/**
 * One live stream per tab (`EventSource` on the server's notification stream) for the tab's
 * organisation: opened again when the tab switches organisations, closed when the shell goes (sign
 * out). Returns whether it is live. After a drop the browser reconnects by itself; a stream it gave
 * up on is tried afresh after half a minute; meanwhile the count falls back to polling. A live
 * `call` event (a ringing call, or one answered or ended) goes to `onCall` with its data.
 */
export function useNotificationStream(
  enabled: Accessor<boolean>,
  onReport: (report: StreamReport) => void,
  onCall?: (data: unknown) => void,
): Accessor<boolean> {
  const { org } = useApi();
  const [live, setLive] = createSignal(false);
  const [attempt, setAttempt] = createSignal(0);
  createEffect(() => {
    const orgId = org.id();
    attempt();
    if (!enabled() || !orgId || typeof EventSource === "undefined") return;
    const source = new EventSource(streamUrl(orgId), { withCredentials: true });
    let retry: ReturnType<typeof setTimeout> | undefined;
    const listen = (kind: StreamReport["kind"]) =>
      source.addEventListener(kind, (event) => {
        const unread = unreadOf((event as MessageEvent).data);
        setLive(true);
        if (unread !== null) onReport({ kind, unread });
      });
    listen("ready");
    listen("notification");
    source.addEventListener("call", (event) => onCall?.((event as MessageEvent).data));
    source.onerror = () => {
      setLive(false);
      if (source.readyState === EventSource.CLOSED && retry === undefined)
        retry = setTimeout(() => setAttempt((n) => n + 1), retryClosedMs);
    };
    onCleanup(() => {
      clearTimeout(retry);
      source.close();
      setLive(false);
    });
  });
  return live;
}
