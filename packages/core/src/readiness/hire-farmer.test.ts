import { describe, expect, it } from "vitest";
import { hireFarmer } from "./hire-farmer.ts";
import { quietFacts } from "./test-facts.ts";
import { readinessThresholds as t } from "./thresholds.ts";

const owner = { userId: "usr_owner", name: "Анна" };
const farmer = { userId: "usr_olga", name: "Ольга" };

function farming(portfolio: number, overdue: number, people: { userId: string; name: string }[]) {
  return quietFacts({ farming: { portfolio, overdue, people, ownerId: owner.userId } });
}

describe("hire-farmer", () => {
  it.each([
    ["10 overdue with a farmer", farming(40, 10, [farmer]), { reason: "overdue", coveredBy: [farmer] }],
    ["9 overdue with a farmer", farming(40, 9, [farmer]), null],
    ["11 overdue, nobody farming", farming(11, 11, []), { reason: "overdue", coveredBy: "nobody" }],
    ["20 overdue is urgent", farming(40, 20, [farmer]), { reason: "overdue", severity: "urgent" }],
    ["30 clients, only the owner", farming(30, 0, [owner]), { reason: "portfolio", coveredBy: "owner" }],
    ["29 clients, only the owner", farming(29, 0, [owner]), null],
    [
      "31 clients, nobody",
      farming(31, 0, []),
      { reason: "portfolio", coveredBy: "nobody", severity: "advice" },
    ],
    ["60 clients, nobody", farming(60, 0, []), { reason: "portfolio", severity: "urgent" }],
    ["300 clients with a farmer, none overdue", farming(300, 0, [farmer]), null],
    ["300 clients, owner and a farmer", farming(300, 3, [owner, farmer]), null],
  ])("%s", (_, facts, expected) => {
    const signal = hireFarmer(facts, t);
    if (expected === null) expect(signal).toBeNull();
    else expect(signal).toMatchObject({ key: "hire-farmer", href: "/team?tab=members", ...expected });
  });

  it("carries the numbers of its sentence", () => {
    expect(hireFarmer(farming(45, 12, [farmer]), t)?.numbers).toEqual({
      overdue: 12,
      portfolio: 45,
      cadenceDays: 30,
      threshold: 10,
    });
  });

  it("stays silent without farming data", () => {
    expect(hireFarmer(quietFacts({ farming: null }), t)).toBeNull();
  });
});
