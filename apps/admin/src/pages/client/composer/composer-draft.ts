import type { SalesFunction } from "@quartet/ui/pure";

/** The composer's tabs: four kinds of entry and a task. */
export const composerTabs = ["note", "call", "meeting", "message", "task"] as const;
/** One tab of the composer. */
export type ComposerTab = (typeof composerTabs)[number];

/** How a call went, as `core.timeline.log` takes it. */
export const callResults = ["reached", "no-answer", "busy", "voicemail", "wrong-number"] as const;
/** One call outcome. */
export type CallResult = (typeof callResults)[number];

/** What the composer holds while a person types. */
export type ComposerDraft = {
  tab: ComposerTab;
  function: SalesFunction | null;
  body: string;
  channel: "message" | "email";
  result: CallResult;
  duration: string;
  /** A follow-up task with the entry (calls and meetings), or the task itself on the task tab. */
  followUp: boolean;
  taskTitle: string;
  dueDate: string;
  dueTime: string;
  /** A member's id; empty for "me". */
  assigneeId: string;
  clientRequest: boolean;
};

/** A fresh draft on `tab`. */
export function emptyDraft(tab: ComposerTab = "note"): ComposerDraft {
  return {
    tab,
    function: null,
    body: "",
    channel: "message",
    result: "reached",
    duration: "",
    followUp: false,
    taskTitle: "",
    dueDate: "",
    dueTime: "",
    assigneeId: "",
    clientRequest: false,
  };
}

/**
 * Seconds in a duration as people type it: whole or decimal minutes (`7`, `1,5`) or `m:ss`;
 * null when it is not one, 0 when left empty.
 *
 * @example durationSeconds("7:30") // 450
 */
export function durationSeconds(text: string): number | null {
  const value = text.trim().replace(",", ".");
  if (value === "") return 0;
  const clock = /^(\d{1,4}):([0-5]\d)$/.exec(value);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  if (!/^\d{1,4}(\.\d+)?$/.test(value)) return null;
  return Math.round(Number(value) * 60);
}

/**
 * The instant of a local date and time as the browser's clock reads them (the time defaults to
 * 09:00, the start of a working day); null without a valid date.
 *
 * @example dueInstant("2026-12-11", "11:00") // Date of 11 December 2026, 11:00 local time, in ms
 */
export function dueInstant(date: string, time: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const at = new Date(`${date}T${/^\d{2}:\d{2}$/.test(time) ? time : "09:00"}`).getTime();
  return Number.isNaN(at) ? null : at;
}

/**
 * When a task is due, as `core.tasks.create` and a follow-up take it: a date alone is due by the
 * end of that day in the organisation's time zone (`dueDate`); a date and a time is that instant
 * on the browser's clock (`dueAt`); null without a valid date.
 *
 * @example dueOfDraft("2026-12-11", "") // { dueDate: "2026-12-11" }
 */
export function dueOfDraft(date: string, time: string): { dueDate: string } | { dueAt: number } | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  if (!/^\d{2}:\d{2}$/.test(time)) return { dueDate: date };
  const at = dueInstant(date, time);
  return at === null ? null : { dueAt: at };
}

/** Whether the tab carries a follow-up toggle: a call or a meeting often ends with "call back on Friday". */
export function offersFollowUp(tab: ComposerTab): boolean {
  return tab === "call" || tab === "meeting";
}

/** A problem the composer finds before asking the server, keyed like the server's fields. */
export type DraftProblem = {
  field: "call.durationSec" | "followUp.dueAt" | "dueAt";
  reason: "duration" | "due";
};

/** The `core.timeline.log` input of a draft on an entry tab, or the problem that stops it. */
export function logInput(clientId: string, draft: ComposerDraft) {
  const type = draft.tab === "message" ? draft.channel : draft.tab;
  if (type === "task") throw new Error("The task tab creates a task, not an entry");
  const base = { clientId, type, function: draft.function, body: draft.body };
  const seconds = draft.tab === "call" ? durationSeconds(draft.duration) : 0;
  if (seconds === null) return { problem: { field: "call.durationSec", reason: "duration" } as DraftProblem };
  const call = draft.tab === "call" ? { call: { result: draft.result, durationSec: seconds } } : {};
  if (!(offersFollowUp(draft.tab) && draft.followUp)) return { input: { ...base, ...call } };
  const due = dueOfDraft(draft.dueDate, draft.dueTime);
  if (due === null) return { problem: { field: "followUp.dueAt", reason: "due" } as DraftProblem };
  const followUp = {
    title: draft.taskTitle,
    ...due,
    ...(draft.assigneeId ? { assigneeId: draft.assigneeId } : {}),
  };
  return { input: { ...base, ...call, followUp } };
}

/** The `core.tasks.create` input of a draft on the task tab (a client request only when offered and ticked). */
export function taskInput(clientId: string, draft: ComposerDraft, offersClientRequest: boolean) {
  const due = dueOfDraft(draft.dueDate, draft.dueTime);
  if (due === null) return { problem: { field: "dueAt", reason: "due" } as DraftProblem };
  return {
    input: {
      title: draft.taskTitle,
      clientId,
      function: draft.function,
      ...due,
      ...(draft.assigneeId ? { assigneeId: draft.assigneeId } : {}),
      ...(offersClientRequest && draft.clientRequest ? { mark: "client-request" as const } : {}),
    },
  };
}
