import { describe, expect, it } from "vitest";
import { defaultFarmingRules } from "../contracts/rules.ts";
import { type WhitespaceClient, whitespaceMatrix, whitespaceOffers } from "./whitespace.ts";

const rule = defaultFarmingRules.whitespace;
const peers = (n: number, group: string | null, ...categories: string[]): WhitespaceClient[] =>
  Array.from({ length: n }, (_, i) => ({
    clientId: `${group}-${categories.join("+")}-${i}`,
    group,
    categories,
  }));
const me = (group: string | null, ...categories: string[]): WhitespaceClient => ({
  clientId: "me",
  group,
  categories,
});
const offers = (clients: WhitespaceClient[], dismissed: string[] = [], r = rule) =>
  whitespaceOffers({ clients, rule: r, dismissed: new Set(dismissed) }).get("me");
const builders = [
  ...peers(4, "build", "cable", "lamps"),
  ...peers(1, "build", "cable"),
  ...peers(5, "build", "boxes"),
];

describe("whitespaceOffers", () => {
  it("offers what peers of the same industry buy together with what the client buys, with the evidence", () => {
    expect(offers([me("build", "cable"), ...builders])).toEqual([
      {
        categoryId: "lamps",
        basedOn: "cable",
        group: "build",
        peers: 5,
        peersWithBoth: 4,
        support: 0.4,
        confidence: 0.8,
        lift: 2,
      },
    ]);
  });

  it.each([
    [
      "fewer peers buy both than the minimum",
      [...peers(2, "build", "cable", "lamps"), ...peers(8, "build", "boxes")],
    ],
    [
      "too few of the category's buyers buy the other",
      [...peers(3, "build", "cable", "lamps"), ...peers(4, "build", "cable"), ...peers(3, "build", "boxes")],
    ],
    [
      "everyone buys it anyway (lift 1 at most)",
      [...peers(4, "build", "cable", "lamps"), ...peers(6, "build", "lamps")],
    ],
    ["the buyers are in another industry", peers(5, "food", "cable", "lamps")],
    ["there are no peers", []],
  ])("offers nothing when %s", (_name, others) => {
    expect(offers([me("build", "cable"), ...others])).toEqual([]);
  });

  it("offers nothing the client already buys, nor to a client buying nothing", () => {
    expect(offers([me("build", "cable", "lamps"), ...builders])).toEqual([]);
    expect(offers([me("build"), ...builders])).toEqual([]);
  });

  it("compares a client without an industry with all clients", () => {
    const all = [me(null, "cable"), ...peers(3, "food", "cable", "lamps"), ...peers(5, "build", "boxes")];
    expect(offers(all)).toMatchObject([
      { categoryId: "lamps", group: null, peers: 3, peersWithBoth: 3, confidence: 1 },
    ]);
  });

  it("keeps each category's strongest rule", () => {
    const clients = [
      me("build", "cable", "boxes"),
      ...peers(3, "build", "cable", "boxes", "lamps"),
      ...peers(1, "build", "cable", "lamps"),
      ...peers(1, "build", "cable"),
      ...peers(5, "build", "paint"),
    ];
    expect(offers(clients)).toMatchObject([
      { categoryId: "lamps", basedOn: "boxes", peers: 3, confidence: 1 },
    ]);
  });

  it("ranks offers by confidence, keeps the company's maximum and leaves out the dismissed", () => {
    const clients = [
      me("build", "cable"),
      ...peers(3, "build", "cable", "lamps", "boxes", "paint", "tools"),
      ...peers(1, "build", "cable", "lamps", "boxes", "paint"),
      ...peers(1, "build", "cable", "lamps", "boxes"),
      ...peers(1, "build", "cable", "lamps"),
      ...peers(10, "build", "glue"),
    ];
    const ranked = (dismissed: string[]) =>
      offers(clients, dismissed)?.map((o) => [o.categoryId, o.peersWithBoth]);
    expect(ranked([])).toEqual([
      ["lamps", 6],
      ["boxes", 5],
      ["paint", 4],
    ]);
    expect(ranked(["me|boxes", "other|paint"])).toEqual([
      ["lamps", 6],
      ["paint", 4],
      ["tools", 3],
    ]);
  });

  it("breaks ties in confidence by lift, then by category", () => {
    const clients = [
      me("build", "cable"),
      ...peers(3, "build", "cable", "lamps", "boxes", "paint"),
      ...peers(1, "build", "paint"),
      ...peers(6, "build", "glue"),
    ];
    expect(offers(clients)?.map((o) => o.categoryId)).toEqual(["boxes", "lamps", "paint"]);
  });

  it("gives every client a list, and nothing for no clients", () => {
    const all = whitespaceOffers({
      clients: [me("build", "cable"), ...builders],
      rule,
      dismissed: new Set(),
    });
    expect(all.size).toBe(11);
    expect(all.get("build-boxes-0")).toEqual([]);
    expect(whitespaceOffers({ clients: [], rule, dismissed: new Set() }).size).toBe(0);
  });

  it("lists only the clients asked for, counting the others as peers", () => {
    const clients = [me("build", "cable"), ...builders];
    const one = whitespaceOffers({ clients, rule, dismissed: new Set(), only: new Set(["me"]) });
    expect([...one.keys()]).toEqual(["me"]);
    expect(one.get("me")).toEqual(offers(clients));
  });
});

describe("whitespaceMatrix", () => {
  it.each([
    ["no clients", [], ["cable"], []],
    [
      "a row per client, a cell per category in order",
      [me("build", "lamps", "cable"), { clientId: "c2", categories: [] }],
      ["cable", "boxes", "lamps"],
      [
        { clientId: "me", cells: [true, false, true] },
        { clientId: "c2", cells: [false, false, false] },
      ],
    ],
    ["no categories", [me("build", "cable")], [], [{ clientId: "me", cells: [] }]],
  ])("%s", (_name, clients, categoryIds, expected) => {
    expect(whitespaceMatrix(clients, categoryIds)).toEqual(expected);
  });
});
