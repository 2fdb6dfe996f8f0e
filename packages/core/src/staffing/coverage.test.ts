import { describe, expect, it } from "vitest";
import { type SalesFunction, salesFunctions } from "../functions.ts";
import {
  type CoverageInput,
  computeCoverage,
  type FunctionAssignment,
  type LegCoverage,
} from "./coverage.ts";
import type { StageHint } from "./stage-advice.ts";

const members = [
  { userId: "olga", name: "Ольга" },
  { userId: "ivan", name: "Ivan" },
  { userId: "petr", name: "Пётр" },
];
const all = new Set<SalesFunction>(salesFunctions);

/** An assignment: `olga@vip`, `ivan@farming!` (paused), `petr@farming#t1` (in team t1). */
function a(spec: string, capacityPerDay: number | null = null): FunctionAssignment {
  const [, userId = "", fn = "", paused, teamId] = /^(\w+)@([\w-]+)(!?)(?:#(\w+))?$/.exec(spec) ?? [];
  return {
    userId,
    function: fn as SalesFunction,
    paused: paused === "!",
    capacityPerDay,
    teamId: teamId ?? null,
  };
}

const ownerEverywhere = salesFunctions.map((fn) => a(`olga@${fn}`));

/** A leg in one line: status, active of assigned, the people, the teams with their size. */
function line(leg: LegCoverage): string {
  const people = leg.people.map((p) => p.userId).join(",");
  const teams = leg.teams.map((t) => `${t.id}=${t.size}`);
  return [`${leg.status} ${leg.active}/${leg.people.length}`, people, ...teams].filter(Boolean).join(" ");
}

type Case = {
  name: string;
  input: Partial<CoverageInput>;
  legs: [string, string, string, string]; // prospecting, first-sale, farming, vip
  missing: SalesFunction[];
  advice?: StageHint[];
};

const cases: Case[] = [
  {
    name: "a solo owner covering all four legs",
    input: { assignments: ownerEverywhere },
    legs: ["covered 1/1 olga", "covered 1/1 olga", "covered 1/1 olga", "covered 1/1 olga"],
    missing: [],
  },
  {
    name: "the owner taken off first sale leaves that leg missing",
    input: { assignments: ownerEverywhere.filter((x) => x.function !== "first-sale") },
    legs: ["covered 1/1 olga", "missing 0/0", "covered 1/1 olga", "covered 1/1 olga"],
    missing: ["first-sale"],
  },
  {
    name: "nobody assigned anywhere: four missing legs",
    input: { assignments: [] },
    legs: ["missing 0/0", "missing 0/0", "missing 0/0", "missing 0/0"],
    missing: [...salesFunctions],
  },
  {
    name: "a leg with only paused people",
    input: { assignments: [...ownerEverywhere.filter((x) => x.function !== "farming"), a("olga@farming!")] },
    legs: ["covered 1/1 olga", "covered 1/1 olga", "all-paused 0/1 olga", "covered 1/1 olga"],
    missing: [],
  },
  {
    name: "one active person keeps a leg covered beside a paused one",
    input: { assignments: [...ownerEverywhere, a("ivan@vip!")] },
    legs: ["covered 1/1 olga", "covered 1/1 olga", "covered 1/1 olga", "covered 1/2 olga,ivan"],
    missing: [],
    advice: [{ code: "several-people-in-solo" }],
  },
  {
    name: "a departed user's assignment is ignored, so their leg is missing",
    input: { assignments: [...ownerEverywhere.filter((x) => x.function !== "vip"), a("gone@vip")] },
    legs: ["covered 1/1 olga", "covered 1/1 olga", "covered 1/1 olga", "missing 0/0"],
    missing: ["vip"],
  },
  {
    name: "a repeated assignment counts once",
    input: { assignments: [...ownerEverywhere, a("olga@vip")] },
    legs: ["covered 1/1 olga", "covered 1/1 olga", "covered 1/1 olga", "covered 1/1 olga"],
    missing: [],
  },
  {
    name: "specialists, one person per leg",
    input: {
      stage: "specialists",
      assignments: [a("ivan@prospecting"), a("petr@first-sale"), a("olga@farming"), a("olga@vip")],
    },
    legs: ["covered 1/1 ivan", "covered 1/1 petr", "covered 1/1 olga", "covered 1/1 olga"],
    missing: [],
    advice: [{ code: "person-covers-several-functions", userId: "olga" }],
  },
  {
    name: "specialists, each covering one leg, get no hint",
    input: {
      stage: "specialists",
      assignments: [a("ivan@prospecting"), a("petr@first-sale"), a("olga@vip")],
    },
    legs: ["covered 1/1 ivan", "covered 1/1 petr", "missing 0/0", "covered 1/1 olga"],
    missing: ["farming"],
    advice: [],
  },
  {
    name: "departments count team members, paused ones too, and name legs without a team",
    input: {
      stage: "departments",
      assignments: [a("ivan@farming#t1"), a("petr@farming!#t1"), a("olga@farming#t2"), a("olga@vip")],
      teams: [
        { id: "t1", function: "farming", name: "North", leadUserId: "ivan" },
        { id: "t2", function: "farming", name: "South", leadUserId: null },
        { id: "t3", function: "first-sale", name: "Hunters", leadUserId: null },
      ],
    },
    legs: ["missing 0/0", "missing 0/0 t3=0", "covered 2/3 ivan,petr,olga t1=2 t2=1", "covered 1/1 olga"],
    missing: ["prospecting", "first-sale"],
    advice: [
      { code: "function-without-team", function: "prospecting" },
      { code: "function-without-team", function: "vip" },
    ],
  },
  {
    name: "a departed user is not counted in a team's size",
    input: {
      stage: "departments",
      assignments: [a("ivan@vip#t1"), a("gone@vip#t1")],
      teams: [{ id: "t1", function: "vip", name: "Key accounts", leadUserId: "gone" }],
    },
    legs: ["missing 0/0", "missing 0/0", "missing 0/0", "covered 1/1 ivan t1=1"],
    missing: ["prospecting", "first-sale", "farming"],
  },
];

describe("computeCoverage", () => {
  it.each(cases)("$name", (row) => {
    const coverage = computeCoverage({
      stage: "solo",
      enabledFunctions: all,
      members,
      assignments: [],
      teams: [],
      ...row.input,
    });
    expect(coverage.legs.map((l) => l.function)).toEqual([...salesFunctions]);
    expect(coverage.legs.map(line)).toEqual(row.legs);
    expect(coverage.summary.missing).toEqual(row.missing);
    expect(coverage.summary.covered).toBe(row.legs.filter((l) => l.startsWith("covered")).length);
    if (row.advice) expect(coverage.stageAdvice).toEqual(row.advice);
  });

  it.each([
    [new Set<SalesFunction>(), [false, false, false, false]],
    [new Set<SalesFunction>(["prospecting", "vip"]), [true, false, false, true]],
    [all, [true, true, true, true]],
  ])("reports which legs have their plugin enabled", (enabledFunctions, expected) => {
    const coverage = computeCoverage({
      stage: "solo",
      enabledFunctions,
      members,
      assignments: ownerEverywhere,
      teams: [],
    });
    expect(coverage.legs.map((l) => l.pluginEnabled)).toEqual(expected);
    expect(coverage.summary.covered).toBe(4);
  });

  it("carries each person's name, pause, capacity and team", () => {
    const coverage = computeCoverage({
      stage: "departments",
      enabledFunctions: all,
      members,
      assignments: [a("petr@prospecting!#t9", 40)],
      teams: [{ id: "t9", function: "prospecting", name: "Callers", leadUserId: "petr" }],
    });
    expect(coverage.legs[0]).toMatchObject({
      people: [{ userId: "petr", name: "Пётр", paused: true, capacityPerDay: 40, teamId: "t9" }],
      teams: [{ id: "t9", name: "Callers", leadUserId: "petr", size: 1 }],
    });
  });
});

describe("stage advice", () => {
  it.each<[string, CoverageInput["stage"], FunctionAssignment[], StageHint[]]>([
    ["solo with the owner alone", "solo", ownerEverywhere, []],
    [
      "solo with a second person",
      "solo",
      [...ownerEverywhere, a("ivan@prospecting")],
      [{ code: "several-people-in-solo" }],
    ],
    [
      "solo with a second, paused person",
      "solo",
      [a("olga@vip"), a("ivan@farming!")],
      [{ code: "several-people-in-solo" }],
    ],
    ["solo with a departed second person", "solo", [a("olga@vip"), a("gone@farming")], []],
    ["solo with nobody", "solo", [], []],
    [
      "specialists where two people double up",
      "specialists",
      [a("ivan@prospecting"), a("ivan@first-sale"), a("petr@farming"), a("petr@vip"), a("olga@vip")],
      [
        { code: "person-covers-several-functions", userId: "ivan" },
        { code: "person-covers-several-functions", userId: "petr" },
      ],
    ],
    [
      "departments with no teams at all",
      "departments",
      ownerEverywhere,
      salesFunctions.map((fn) => ({ code: "function-without-team", function: fn })),
    ],
  ])("%s", (_, stage, assignments, expected) => {
    const coverage = computeCoverage({ stage, enabledFunctions: all, members, assignments, teams: [] });
    expect(coverage.stageAdvice).toEqual(expected);
  });
});
