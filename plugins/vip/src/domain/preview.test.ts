import { describe, expect, it } from "vitest";
import { facts, RUB } from "../../test/fixtures.ts";
import { vipProgramSchema } from "../contracts/program.ts";
import { previewProgram } from "./preview.ts";
import { type ClientStanding, reassessClient } from "./reassess.ts";
import type { Override } from "./tier-decision.ts";

const asOf = "2026-03-15";
const M = 1_000_000 * RUB;
/** The new program: Gold from 3 M ₽ (was 5 M ₽), Platinum from 10 M ₽; the old "silver" tier is gone. */
const next = vipProgramSchema.parse({
  tiers: [
    { key: "gold", name: { ru: "Золото", en: "Gold" }, criteria: [{ kind: "revenue", minMinor: 3 * M }] },
    {
      key: "platinum",
      name: { ru: "Платина", en: "Platinum" },
      criteria: [{ kind: "revenue", minMinor: 10 * M }],
    },
  ],
});
const client = (
  id: string,
  tierKey: string | null,
  paid: number,
  override: Override | null = null,
): ClientStanding => ({
  facts: facts({ clientId: id, payments: paid > 0 ? [["2025-12-01", paid]] : [] }),
  state: { tierKey, since: tierKey ? "2025-01-01" : null, graceStartedOn: null },
  override,
});
const clients = [
  client("cli_a", null, 4 * M),
  client("cli_b", "gold", 6 * M),
  client("cli_c", "gold", 1 * M),
  client("cli_d", "silver", 0),
  client("cli_e", null, 0),
  client("cli_f", "gold", 6 * M, { mode: "exclude", reason: "Disputed debt", until: null }),
  client("cli_g", "gold", 12 * M),
];

describe("previewProgram", () => {
  const preview = previewProgram(next, clients, { asOf });
  const ids = (list: { clientId: string }[]) => list.map((i) => i.clientId);

  it("sorts the clients by what saving would do", () => {
    expect(ids(preview.promoted)).toEqual(["cli_a", "cli_g"]);
    expect(ids(preview.demoted)).toEqual(["cli_d", "cli_f"]);
    expect(ids(preview.warned)).toEqual(["cli_c"]);
    expect(ids(preview.unchanged)).toEqual(["cli_b", "cli_e"]);
    expect(preview.counts).toEqual({ promoted: 2, demoted: 2, warned: 1, unchanged: 2, total: 7 });
  });

  it("each item carries the move and its reasons", () => {
    expect(preview.promoted[0]).toEqual({
      clientId: "cli_a",
      action: "promote",
      from: null,
      to: "gold",
      reasons: [
        { code: "revenue", params: { met: true, paidMinor: 4 * M, minMinor: 3 * M, windowMonths: 12 } },
      ],
    });
  });

  it("counts each tier before and after, removed tiers and the outside last", () => {
    expect(preview.tiers).toEqual([
      { tierKey: "gold", before: 4, after: 3 },
      { tierKey: "platinum", before: 0, after: 1 },
      { tierKey: "silver", before: 1, after: 0 },
      { tierKey: null, before: 2, after: 3 },
    ]);
  });

  it("lists exactly what saving does: the same decision for every client", () => {
    const saved = clients.map((c) => reassessClient(next, c, { asOf }).decision);
    const listed = [...preview.promoted, ...preview.demoted, ...preview.warned, ...preview.unchanged];
    for (const [i, decision] of saved.entries()) {
      const item = listed.find((x) => x.clientId === clients[i]?.facts.clientId);
      expect(item).toEqual({
        clientId: clients[i]?.facts.clientId,
        action: decision.action,
        from: decision.from,
        to: decision.to,
        reasons: decision.reasons,
      });
    }
    const after = (key: string | null) => saved.filter((d) => d.next.tierKey === key).length;
    expect(preview.tiers.map((t) => t.after)).toEqual(preview.tiers.map((t) => after(t.tierKey)));
  });

  it("previews nothing for no clients", () => {
    expect(previewProgram(next, [], { asOf }).counts).toEqual({
      promoted: 0,
      demoted: 0,
      warned: 0,
      unchanged: 0,
      total: 0,
    });
  });
});
