import { formatWholeMoney } from "@quartet/ui/pure";
import type { AppI18n } from "../../../i18n/index.ts";
import type { SignalData } from "./readiness-types.ts";

/** A readiness signal in words: its headline and one or two sentences with its numbers. */
export type SignalWords = { headline: string; text: string };

const rub = (i18n: AppI18n, amountMinor: number) =>
  formatWholeMoney(i18n.locale(), { amountMinor, currency: "RUB" });

/** Who looks at the signal: their user id, and whether they own the organisation ("you" replaces them). */
export type Viewer = { userId: string | null; isOwner: boolean };

function farmerText(i18n: AppI18n, signal: Extract<SignalData, { code: "hire-farmer" }>, viewer: Viewer) {
  const { overdue, portfolio, cadenceDays } = signal.numbers;
  const main =
    signal.reason === "overdue"
      ? i18n.t("readiness.hireFarmer.overdue", {
          count: overdue,
          days: i18n.t("readiness.overDays", { count: cadenceDays }),
          portfolio,
        })
      : i18n.t("readiness.hireFarmer.portfolio", { count: portfolio });
  const covered = signal.coveredBy;
  const cover =
    covered === "nobody"
      ? i18n.t("readiness.hireFarmer.nobody")
      : covered === "owner"
        ? i18n.t(viewer.isOwner ? "readiness.hireFarmer.you" : "readiness.hireFarmer.owner")
        : i18n.t("readiness.hireFarmer.people", { names: covered.map((p) => p.name).join(", ") });
  return `${main} ${cover}`;
}

/**
 * Words a signal in the viewer's language, "you" in place of the viewer's own name.
 *
 * @example signalWords(i18n, signal, { userId: me.id, isOwner: true }).headline // «Пора нанять звонящих»
 */
export function signalWords(i18n: AppI18n, signal: SignalData, viewer: Viewer): SignalWords {
  switch (signal.code) {
    case "hire-callers": {
      const { callsPerWeek: count, weeks } = signal.numbers;
      const period = i18n.t("readiness.weeks", { count: weeks });
      const text =
        signal.person.userId === viewer.userId
          ? i18n.t("readiness.hireCallers.you", { count, weeks: period })
          : i18n.t("readiness.hireCallers.person", { count, weeks: period, name: signal.person.name });
      return { headline: i18n.t("readiness.headline.hire-callers"), text };
    }
    case "hire-farmer":
      return {
        headline: i18n.t("readiness.headline.hire-farmer"),
        text: farmerText(i18n, signal, viewer),
      };
    case "enable-vip": {
      const { clients, thresholdMinor, revenueMinor, sharePercent } = signal.numbers;
      return {
        headline: i18n.t("readiness.headline.enable-vip"),
        text: i18n.t("readiness.enableVip", {
          count: clients,
          threshold: rub(i18n, thresholdMinor),
          revenue: rub(i18n, revenueMinor),
          share: sharePercent,
        }),
      };
    }
    case "split-function": {
      const n = signal.numbers;
      const headline = i18n.t("readiness.headline.split-function", {
        function: i18n.t(`functions.${signal.function}`),
      });
      const text =
        signal.reason === "over-capacity"
          ? i18n.t("readiness.split.overCapacity", {
              load: n.loadPercent,
              weeks: i18n.t("readiness.weeksInARow", { count: n.weeks }),
              waiting: n.waiting,
              capacity: n.capacityPerDay,
            })
          : i18n.t("readiness.split.soloHolder", {
              name: signal.person?.name ?? "",
              clients: i18n.t("readiness.split.clients", { count: n.clients }),
              tasks: i18n.t("readiness.split.tasks", { count: n.tasks }),
            });
      return { headline, text };
    }
  }
}
