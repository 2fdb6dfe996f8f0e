import { describe, expect, it } from "vitest";
import { isDomainError } from "../errors.ts";
import { type AssignmentInput, type Candidate, chooseAssignee } from "./assignment.ts";

/**
 * A candidate: `ann:3/10` has 3 of 10 today, `ann:3/-` is unlimited, a trailing `!` means paused,
 * a trailing `~` a nominal owner (covers every function).
 */
function c(spec: string): Candidate {
  const match = /^(\w+):(\d+)\/(\d+|-)(!?)(~?)$/.exec(spec);
  if (!match) throw new Error(`bad spec ${spec}`);
  const [, userId = "", today = "", capacity = "", paused, nominal] = match;
  return {
    userId,
    capacityPerDay: capacity === "-" ? null : Number(capacity),
    paused: paused === "!",
    assignedToday: Number(today),
    ...(nominal === "~" ? { nominal: true } : {}),
  };
}

function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

type Case = {
  name: string;
  strategy: AssignmentInput["strategy"];
  candidates: string[];
  preferred?: string | null;
  last?: string | null;
  expected: string; // "ann by least-busy" or "none: all-paused"
  skipped?: string[]; // "bob:paused"
};

const cases: Case[] = [
  {
    name: "round robin takes the one after the cursor",
    strategy: "round-robin",
    candidates: ["ann:0/5", "bob:0/5", "cat:0/5"],
    last: "ann",
    expected: "bob by round-robin",
  },
  {
    name: "round robin wraps around after the last",
    strategy: "round-robin",
    candidates: ["ann:0/5", "bob:0/5", "cat:0/5"],
    last: "cat",
    expected: "ann by round-robin",
  },
  {
    name: "round robin starts from the first without a cursor",
    strategy: "round-robin",
    candidates: ["ann:4/5", "bob:0/5"],
    expected: "ann by round-robin",
  },
  {
    name: "round robin starts from the first when the cursor left",
    strategy: "round-robin",
    candidates: ["ann:4/5", "bob:0/5"],
    last: "zed",
    expected: "ann by round-robin",
  },
  {
    name: "round robin steps over a paused person",
    strategy: "round-robin",
    candidates: ["ann:0/5", "bob:0/5!", "cat:0/5"],
    last: "ann",
    expected: "cat by round-robin",
    skipped: ["bob:paused"],
  },
  {
    name: "round robin steps over a full person and wraps",
    strategy: "round-robin",
    candidates: ["ann:0/5", "bob:0/5", "cat:5/5"],
    last: "bob",
    expected: "ann by round-robin",
    skipped: ["cat:at-capacity"],
  },
  {
    name: "round robin moves on from a cursor who is now paused",
    strategy: "round-robin",
    candidates: ["ann:0/5", "bob:0/5!", "cat:0/5"],
    last: "bob",
    expected: "cat by round-robin",
    skipped: ["bob:paused"],
  },
  {
    name: "round robin returns to the cursor when only they are free",
    strategy: "round-robin",
    candidates: ["ann:5/5", "bob:1/5", "cat:0/5!"],
    last: "bob",
    expected: "bob by round-robin",
    skipped: ["ann:at-capacity", "cat:paused"],
  },
  {
    name: "least busy takes the lowest count today",
    strategy: "least-busy",
    candidates: ["ann:3/10", "bob:1/10", "cat:2/10"],
    expected: "bob by least-busy",
  },
  {
    name: "least busy breaks a tie by the lower share of capacity",
    strategy: "least-busy",
    candidates: ["ann:3/5", "bob:3/10"],
    expected: "bob by least-busy",
  },
  {
    name: "least busy counts unlimited capacity as the lowest share",
    strategy: "least-busy",
    candidates: ["ann:3/10", "bob:3/-"],
    expected: "bob by least-busy",
  },
  {
    name: "least busy breaks a full tie by candidates order",
    strategy: "least-busy",
    candidates: ["bob:2/10", "ann:2/10"],
    expected: "bob by least-busy",
  },
  {
    name: "least busy prefers the count over the share",
    strategy: "least-busy",
    candidates: ["ann:2/3", "bob:3/100"],
    expected: "ann by least-busy",
  },
  {
    name: "least busy ignores the round-robin cursor",
    strategy: "least-busy",
    candidates: ["ann:0/5", "bob:1/5"],
    last: "ann",
    expected: "ann by least-busy",
  },
  {
    name: "least busy skips a paused person with less work",
    strategy: "least-busy",
    candidates: ["ann:0/10!", "bob:4/10"],
    expected: "bob by least-busy",
    skipped: ["ann:paused"],
  },
  {
    name: "least busy skips a person at capacity",
    strategy: "least-busy",
    candidates: ["ann:2/2", "bob:4/10"],
    expected: "bob by least-busy",
    skipped: ["ann:at-capacity"],
  },
  {
    name: "capacity 0 takes no new work",
    strategy: "least-busy",
    candidates: ["ann:0/0", "bob:4/10"],
    expected: "bob by least-busy",
    skipped: ["ann:at-capacity"],
  },
  {
    name: "a person over capacity is skipped",
    strategy: "round-robin",
    candidates: ["ann:7/5", "bob:4/10"],
    expected: "bob by round-robin",
    skipped: ["ann:at-capacity"],
  },
  {
    name: "the existing owner beats round robin",
    strategy: "round-robin",
    candidates: ["ann:0/5", "bob:0/5"],
    preferred: "ann",
    last: "ann",
    expected: "ann by existing-owner",
  },
  {
    name: "the existing owner beats least busy",
    strategy: "least-busy",
    candidates: ["ann:0/5", "bob:4/5"],
    preferred: "bob",
    expected: "bob by existing-owner",
  },
  {
    name: "the existing owner at capacity still keeps the client",
    strategy: "least-busy",
    candidates: ["ann:0/5", "bob:5/5"],
    preferred: "bob",
    expected: "bob by existing-owner",
  },
  {
    name: "the existing owner over capacity still keeps the client",
    strategy: "round-robin",
    candidates: ["ann:9/5"],
    preferred: "ann",
    expected: "ann by existing-owner",
  },
  {
    name: "a paused existing owner falls back to the strategy",
    strategy: "least-busy",
    candidates: ["ann:0/5!", "bob:4/5", "cat:2/5"],
    preferred: "ann",
    expected: "cat by least-busy",
    skipped: ["ann:paused"],
  },
  {
    name: "an unknown existing owner is ignored",
    strategy: "round-robin",
    candidates: ["ann:0/5", "bob:0/5"],
    preferred: "zed",
    last: "ann",
    expected: "bob by round-robin",
  },
  {
    name: "a null existing owner is ignored",
    strategy: "round-robin",
    candidates: ["ann:0/5", "bob:0/5"],
    preferred: null,
    last: null,
    expected: "ann by round-robin",
  },
  {
    name: "the explanation lists others skipped beside the owner",
    strategy: "round-robin",
    candidates: ["ann:5/5", "bob:0/5!", "cat:1/5"],
    preferred: "ann",
    expected: "ann by existing-owner",
    skipped: ["bob:paused"],
  },
  {
    name: "nobody covers an empty list",
    strategy: "round-robin",
    candidates: [],
    expected: "none: nobody-covers",
  },
  {
    name: "nobody covers an empty list even with an owner named",
    strategy: "least-busy",
    candidates: [],
    preferred: "ann",
    expected: "none: nobody-covers",
  },
  {
    name: "everybody paused",
    strategy: "least-busy",
    candidates: ["ann:0/5!", "bob:0/-!"],
    expected: "none: all-paused",
    skipped: ["ann:paused", "bob:paused"],
  },
  {
    name: "everybody paused, the owner too",
    strategy: "round-robin",
    candidates: ["ann:0/5!"],
    preferred: "ann",
    expected: "none: all-paused",
    skipped: ["ann:paused"],
  },
  {
    name: "everybody at capacity",
    strategy: "round-robin",
    candidates: ["ann:5/5", "bob:3/3"],
    expected: "none: all-at-capacity",
    skipped: ["ann:at-capacity", "bob:at-capacity"],
  },
  {
    name: "everybody not paused is at capacity",
    strategy: "least-busy",
    candidates: ["ann:5/5", "bob:0/3!"],
    expected: "none: all-at-capacity",
    skipped: ["ann:at-capacity", "bob:paused"],
  },
  {
    name: "a paused person at capacity is skipped as paused",
    strategy: "least-busy",
    candidates: ["ann:5/5!", "bob:0/3"],
    expected: "bob by least-busy",
    skipped: ["ann:paused"],
  },
  {
    name: "a specialist takes the work from the owner who covers everything",
    strategy: "round-robin",
    candidates: ["own:0/-~", "spe:0/-"],
    expected: "spe by specialist",
    skipped: ["own:specialist-covers"],
  },
  {
    name: "a specialist takes it even where the owner nominally owns the client",
    strategy: "least-busy",
    candidates: ["own:0/-~", "spe:9/-"],
    preferred: "own",
    expected: "spe by specialist",
    skipped: ["own:specialist-covers"],
  },
  {
    name: "two specialists share it in turn, the owner passed over",
    strategy: "round-robin",
    candidates: ["bob:0/-", "own:0/-~", "spe:0/-"],
    last: "bob",
    expected: "spe by specialist",
    skipped: ["own:specialist-covers"],
  },
  {
    name: "a specialist at capacity still keeps the client he owns",
    strategy: "round-robin",
    candidates: ["own:0/-~", "spe:5/5"],
    preferred: "spe",
    expected: "spe by existing-owner",
    skipped: ["own:specialist-covers"],
  },
  {
    name: "the owner takes it when the only specialist is paused",
    strategy: "round-robin",
    candidates: ["own:0/-~", "spe:0/-!"],
    expected: "own by round-robin",
    skipped: ["spe:paused"],
  },
  {
    name: "the owner takes it when the specialist is full",
    strategy: "least-busy",
    candidates: ["own:0/-~", "spe:5/5"],
    expected: "own by least-busy",
    skipped: ["spe:at-capacity"],
  },
  {
    name: "an owner alone on the function is nobody's nominal stand-in",
    strategy: "round-robin",
    candidates: ["own:0/-~"],
    preferred: "own",
    expected: "own by existing-owner",
  },
];

describe("chooseAssignee", () => {
  it.each(cases)("$name", (row) => {
    const candidates = row.candidates.map(c);
    const result = chooseAssignee({
      function: "first-sale",
      strategy: row.strategy,
      candidates,
      preferredUserId: row.preferred,
      lastAssignedUserId: row.last,
    });
    const outcome = result.ok ? `${result.userId} by ${result.reason}` : `none: ${result.reason}`;
    expect(outcome).toBe(row.expected);
    expect(result.function).toBe("first-sale");
    expect(result.explanation.considered).toBe(candidates.length);
    expect(result.explanation.skipped.map((s) => `${s.userId}:${s.why}`)).toEqual(row.skipped ?? []);
    if (result.ok) expect(result.assignee).toBe(candidates.find((x) => x.userId === result.userId));
  });

  it.each([
    ["a duplicate user id", [c("ann:0/5"), c("ann:1/5")], "candidates.1.userId"],
    ["a negative count today", [{ ...c("ann:0/5"), assignedToday: -1 }], "candidates.0.assignedToday"],
    ["a fractional count today", [{ ...c("ann:0/5"), assignedToday: 1.5 }], "candidates.0.assignedToday"],
    ["a negative capacity", [{ ...c("ann:0/5"), capacityPerDay: -3 }], "candidates.0.capacityPerDay"],
    [
      "an infinite capacity",
      [{ ...c("ann:0/5"), capacityPerDay: Number.POSITIVE_INFINITY }],
      "candidates.0.capacityPerDay",
    ],
  ])("rejects %s as BAD_INPUT naming the field", (_, candidates, field) => {
    const error = caught(() => chooseAssignee({ function: "vip", strategy: "least-busy", candidates }));
    expect(isDomainError(error)).toBe(true);
    expect(error).toMatchObject({ code: "BAD_INPUT" });
    expect(Object.keys((error as { fields?: object }).fields ?? {})).toEqual([field]);
  });
});
