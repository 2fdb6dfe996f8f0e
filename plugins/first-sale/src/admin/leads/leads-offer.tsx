import { Button, Callout, ProgressBar, showToast } from "@quartet/ui";
import { createEffect, createResource, createSignal, type JSX, on, Show } from "solid-js";
import { useFirstSaleApi } from "../api.ts";
import { errorText } from "../errors/error-text.ts";
import { i18n } from "../i18n/index.ts";
import { catchUp } from "./catch-up.ts";
import "./leads.css";

const laterKey = "quartet.first-sale.leads-offer-later";

/**
 * «N лидов уже квалифицированы — создать по ним сделки?»: shown to whoever may write deals while
 * prospecting has qualified leads without a deal (those qualified before first sale was enabled).
 * The confirm opens them batch by batch with a progress bar, then `onDone` refreshes the page;
 * "Not now" hides it in this browser until the count changes (and calls `onLater`). Shown on the
 * deals board and in the enable dialog, which learns from `onSettled` whether there is an offer.
 */
export function LeadsOffer(props: {
  onDone: () => void;
  onLater?: () => void;
  onSettled?: (offering: boolean) => void;
}): JSX.Element {
  const api = useFirstSaleApi();
  const [pending, { refetch }] = createResource(() => api.leads.pending.query());
  const [later, setLater] = createSignal(localStorage.getItem(laterKey));
  const [done, setDone] = createSignal<number | null>(null);
  const count = () => pending()?.withoutDeal ?? 0;
  const visible = () => count() > 0 && later() !== String(count());
  createEffect(
    on(
      () => pending.state === "ready" || pending.state === "errored",
      (loaded) => loaded && props.onSettled?.(visible()),
      { defer: false },
    ),
  );
  const run = async () => {
    const total = count();
    setDone(0);
    try {
      const created = await catchUp(
        (after) => api.leads.createDeals.mutate({ after, limit: 100 }),
        (processed) => setDone(Math.min(processed, total)),
      );
      showToast({ title: i18n.t("leads.offer.done", { count: created }), tone: "success" });
      props.onDone();
    } catch (error) {
      showToast({ title: errorText(error), tone: "error" });
    } finally {
      setDone(null);
      await refetch();
    }
  };
  const hide = () => {
    localStorage.setItem(laterKey, String(count()));
    setLater(String(count()));
    props.onLater?.();
  };
  return (
    <Show when={visible()}>
      <div class="fs-leads-offer">
        <Callout tone="info" title={i18n.t("leads.offer.title", { count: count() })}>
          <p>{i18n.t("leads.offer.text")}</p>
          <Show
            when={done() === null}
            fallback={
              <ProgressBar
                label={i18n.t("leads.offer.progress", { done: done() ?? 0, total: count() })}
                value={done() ?? 0}
                max={count()}
              />
            }
          >
            <div class="fs-leads-offer__actions">
              <Button variant="primary" onClick={() => void run()}>
                {i18n.t("leads.offer.confirm")}
              </Button>
              <Button variant="secondary" onClick={hide}>
                {i18n.t("leads.offer.later")}
              </Button>
            </div>
          </Show>
        </Callout>
      </div>
    </Show>
  );
}
