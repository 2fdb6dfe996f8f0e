import { StatTile } from "@quartet/ui";
import type { JSX } from "solid-js";
import { i18n } from "../i18n/index.ts";
import { money, percent } from "../shared/words.ts";
import type { Summary } from "./types.ts";

/** The headline figures: retention over 12 months, repeat purchases, share of wallet, clients. */
export function StatTiles(props: { summary: Summary }): JSX.Element {
  const s = () => props.summary;
  const sum = (minor: number) => money(minor, s().currency);
  const wallet = () => s().shareOfWallet;
  return (
    <div class="q-stat-grid">
      <StatTile
        name="nrr"
        label={i18n.t("stats.nrr")}
        value={percent(s().nrr.value)}
        hint={i18n.t("stats.nrrHint", { retained: sum(s().nrr.retained), base: sum(s().nrr.base) })}
      />
      <StatTile
        name="repeat"
        label={i18n.t("stats.repeatRate")}
        value={percent(s().repeatRate)}
        hint={i18n.t("stats.repeatHint")}
      />
      <StatTile
        name="wallet"
        label={i18n.t("stats.shareOfWallet")}
        value={percent(wallet().value)}
        hint={
          wallet().clients > 0
            ? i18n.t("stats.walletHint", {
                revenue: sum(wallet().revenueMinor),
                potential: sum(wallet().potentialMinor),
                clients: i18n.t("units.clients", { count: wallet().clients }),
              })
            : i18n.t("stats.walletNone")
        }
      />
      <StatTile name="clients" label={i18n.t("stats.clients")} value={i18n.formatNumber(s().clients)} />
    </div>
  );
}
