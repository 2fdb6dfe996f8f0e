import { labelled } from "@quartet/core/plugin";
import { z } from "zod";

/**
 * The plugin's settings, generated into a form on the functions page. Every field carries its
 * ru/en label; the defaults make enabling need none.
 */
export const referralsSettings = z.object({
  rewardPercent: labelled(z.number().int().min(0).max(50).default(5), {
    title: { ru: "Вознаграждение за рекомендацию", en: "Referral reward" },
    description: {
      ru: "Доля каждой оплаты приведённого клиента, от 0 до 50",
      en: "Share of each payment of the referred client, 0 to 50",
    },
    kind: "percent",
    section: { ru: "Вознаграждение", en: "Reward" },
  }),
});

/** The settings as the plugin's services read them. */
export type ReferralsSettings = z.output<typeof referralsSettings>;
