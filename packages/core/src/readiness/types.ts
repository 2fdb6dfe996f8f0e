import type { SalesFunction } from "../functions.ts";
import type { IsoWeek } from "../monitor/iso-week.ts";

/** The readiness signals: advice about the department's next growth step. */
export type SignalCode = "hire-callers" | "hire-farmer" | "enable-vip" | "split-function";

/** How pressing a signal is: `advice` when the threshold is crossed, `urgent` when far past it. */
export type SignalSeverity = "advice" | "urgent";

/** A member a signal speaks of, by name (the id only tells the viewer "that is you"). */
export type SignalPerson = { userId: string; name: string };

/** What a dismissal names: the code, or `split-function:<leg>` for a leg's split. */
export type SignalKey = Exclude<SignalCode, "split-function"> | `split-function:${SalesFunction}`;

type Base<C extends SignalCode> = {
  key: SignalKey;
  code: C;
  severity: SignalSeverity;
  /** Where to act in the admin app. */
  href: string;
};

/** Every readiness signal, with the numbers its sentence needs (money in minor units, RUB). */
export type Signal =
  | (Base<"hire-callers"> & {
      person: SignalPerson;
      numbers: { callsPerWeek: number; weeks: number; threshold: number };
    })
  | (Base<"hire-farmer"> & {
      reason: "overdue" | "portfolio";
      /** Who covers farming now: nobody, only the owner, or these people. */
      coveredBy: "nobody" | "owner" | SignalPerson[];
      numbers: { overdue: number; portfolio: number; cadenceDays: number; threshold: number };
    })
  | (Base<"enable-vip"> & {
      numbers: { clients: number; thresholdMinor: number; revenueMinor: number; sharePercent: number };
    })
  | (Base<"split-function"> & {
      function: SalesFunction;
      reason: "over-capacity" | "solo-holder";
      /** The one person holding the leg (for `solo-holder`). */
      person: SignalPerson | null;
      numbers: {
        weeks: number;
        waiting: number;
        capacityPerDay: number;
        loadPercent: number;
        clients: number;
        tasks: number;
      };
    });

/** A generalist who makes cold calls: prospecting calls they authored per rolling week, newest first. */
export type CallerFacts = SignalPerson & { isOwner: boolean; weeklyCalls: readonly number[] };

/** One leg's weekly monitor snapshot: waiting work against daily capacity when it was over capacity. */
export type LegWeekLoad = { week: IsoWeek; overCapacity: { count: number; capacityPerDay: number } | null };

/** One person alone on a leg, with the leg's clients they own and its open tasks they hold. */
export type SoloHolder = SignalPerson & { clients: number; tasks: number };

/** A dismissal: for good (`until` null) or snoozed until an instant. */
export type SignalDismissal = { signal: string; until: number | null };

/**
 * What the readiness rules read, gathered by the server from the organisation's database. A part
 * that could not be read is null, and its signal stays silent.
 */
export type ReadinessFacts = {
  callers: readonly CallerFacts[] | null;
  farming: {
    /** Won clients (stage `customer`) and those among them overdue for contact. */
    portfolio: number;
    overdue: number;
    /** Active people on the farming leg; `ownerId` is the organisation's owner. */
    people: readonly SignalPerson[];
    ownerId: string | null;
  } | null;
  vip: {
    /** A plugin for the VIP leg is enabled for the organisation. */
    enabled: boolean;
    /** 12-month revenue of each client at or above the VIP threshold (minor units, RUB). */
    bigClients: readonly number[];
    /** 12-month revenue of all clients (minor units, RUB). */
    totalMinor: number;
  } | null;
  legs: readonly {
    function: SalesFunction;
    /** Snapshot weeks, newest first; the current week first when it is taken. */
    weeks: readonly LegWeekLoad[];
    /** The one active person on the leg, or null when there are none or several. */
    soloHolder: SoloHolder | null;
  }[];
  /** The current ISO week in the organisation's time zone. */
  currentWeek: IsoWeek;
  dismissals: readonly SignalDismissal[];
};
