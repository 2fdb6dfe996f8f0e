import { localDate } from "@quartet/core";
import { type Disposition, isConnect, isConversation } from "./dispositions.ts";

/** A finished call as statistics see it; `qualified` when its request became a lead. */
export type CallFact = {
  callerId: string;
  startedAt: number;
  endedAt: number;
  disposition: Disposition;
  qualified: boolean;
  /** Seconds the client was on the line, as the PBX measured it; null for a call dialled by hand. */
  talkSec?: number | null;
};

/** One caller's shift (a day in the organisation's zone). */
export type CallerShift = {
  callerId: string;
  shift: string;
  dials: number;
  connects: number;
  /** connects / dials, 0..1. */
  connectRate: number;
  conversations: number;
  leads: number;
  /** Hours on the phone: from the first dial to the last hang-up, at least a quarter of an hour. */
  hours: number;
  leadsPerHour: number;
  /** Talk time: the seconds of answered calls the PBX measured (calls dialled by hand count none). */
  talkSec: number;
};

const minHours = 0.25;

/**
 * Dials, connects (any disposition but no-answer, busy, wrong-number), connect rate,
 * conversations (not-interested, callback, interested), leads (qualified requests from the
 * calls), leads per hour and talk time, per caller and shift; sorted by shift, then caller.
 */
export function callerShiftStats(calls: readonly CallFact[], timeZone: string): CallerShift[] {
  const groups = new Map<string, CallFact[]>();
  for (const call of calls) {
    const key = `${localDate(call.startedAt, timeZone)}\u0000${call.callerId}`;
    groups.set(key, [...(groups.get(key) ?? []), call]);
  }
  const rows: CallerShift[] = [];
  for (const [key, group] of groups) {
    const [shift = "", callerId = ""] = key.split("\u0000");
    const connects = group.filter((c) => isConnect(c.disposition)).length;
    const leads = group.filter((c) => c.qualified).length;
    const first = Math.min(...group.map((c) => c.startedAt));
    const last = Math.max(...group.map((c) => c.endedAt));
    const hours = Math.max(minHours, (last - first) / 3_600_000);
    rows.push({
      callerId,
      shift,
      dials: group.length,
      connects,
      connectRate: connects / group.length,
      conversations: group.filter((c) => isConversation(c.disposition)).length,
      leads,
      hours: round(hours),
      leadsPerHour: round(leads / hours),
      talkSec: group.reduce((sum, c) => sum + (c.talkSec ?? 0), 0),
    });
  }
  return rows.sort((a, b) => a.shift.localeCompare(b.shift) || a.callerId.localeCompare(b.callerId));
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
