import { StatTile } from "@quartet/ui";
import type { JSX } from "solid-js";
import type { DeskItem } from "../api.ts";
import { i18n } from "../i18n/index.ts";

/** The desk's headline counts: VIP clients, in grace, with a breached reply, with a review due. */
export function DeskTiles(props: { items: readonly DeskItem[] }): JSX.Element {
  const count = (test: (item: DeskItem) => boolean) => String(props.items.filter(test).length);
  return (
    <div class="q-stat-grid vip-tiles">
      <StatTile name="clients" label={i18n.t("desk.tiles.clients")} value={String(props.items.length)} />
      <StatTile name="grace" label={i18n.t("desk.tiles.grace")} value={count((i) => i.grace !== null)} />
      <StatTile
        name="breached"
        label={i18n.t("desk.tiles.breached")}
        value={count((i) => i.sla.state === "breached")}
      />
      <StatTile name="reviews" label={i18n.t("desk.tiles.reviews")} value={count((i) => i.reviewDue)} />
    </div>
  );
}
