/** What the campaign form edits; numbers as typed. */
export type CampaignDraft = {
  name: string;
  listId: string;
  scriptId: string;
  days: number[];
  start: string;
  end: string;
  maxAttempts: string;
  retryNoAnswer: string;
  retryBusy: string;
  retryCallback: string;
  callbackToSameCaller: boolean;
};

/** A new campaign's draft: weekdays 09:00–20:00, 5 attempts, retries after 120 / 15 / 60 minutes. */
export function blankCampaign(listId: string, scriptId: string): CampaignDraft {
  return {
    name: "",
    listId,
    scriptId,
    days: [1, 2, 3, 4, 5],
    start: "09:00",
    end: "20:00",
    maxAttempts: "5",
    retryNoAnswer: "120",
    retryBusy: "15",
    retryCallback: "60",
    callbackToSameCaller: true,
  };
}

const whole = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

/** What `campaigns.create` takes; a number typed wrong goes as NaN so the server names the field. */
export function campaignInputOf(draft: CampaignDraft) {
  return {
    name: draft.name,
    listId: draft.listId,
    scriptId: draft.scriptId,
    window: { days: [...draft.days].sort((a, b) => a - b), start: draft.start, end: draft.end },
    maxAttempts: whole(draft.maxAttempts),
    retryDelays: {
      "no-answer": whole(draft.retryNoAnswer),
      busy: whole(draft.retryBusy),
      callback: whole(draft.retryCallback),
    },
    callbackToSameCaller: draft.callbackToSameCaller,
  };
}

/** Record counts by state, as `lists.list` gives them. */
export type StateCounts = Partial<Record<"queued" | "claimed" | "callback" | "done" | "dnc", number>>;

/** How far a campaign got: records finished (done or do-not-call) of all its list's records. */
export function progressOf(states: StateCounts): { done: number; total: number } {
  const total = Object.values(states).reduce((sum, n) => sum + (n ?? 0), 0);
  return { done: (states.done ?? 0) + (states.dnc ?? 0), total };
}
