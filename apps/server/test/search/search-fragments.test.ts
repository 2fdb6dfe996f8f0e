import { afterEach, describe, expect, it } from "vitest";
import { pluginHost } from "../support/plugin-host.ts";

let h: Awaited<ReturnType<typeof pluginHost>>;
afterEach(() => h?.t.close());

// Three clients whose names, phones, emails and domains the cases below take fragments of.
async function fragmentHost() {
  h = await pluginHost([]);
  const { core } = await h.core();
  const romashka = await core.clients.create({
    name: "ООО «Ромашка»",
    inn: "7707083893",
    phones: ["+7 (495) 000-01-23"],
    emails: ["ivanov@mail.ru"],
    website: "https://romashka-torg.ru",
  });
  const lutik = await core.clients.create({
    name: "Лютик 100% натуральный",
    phones: ["8 916 555-44-33"],
    emails: ["petr_sidorov@lutik.com"],
  });
  const dom = await core.clients.create({ name: "Строймаркет «Дом»", emails: ["zakaz@dom-market.ru"] });
  const names = new Map([
    [romashka.id, "Ромашка"],
    [lutik.id, "Лютик"],
    [dom.id, "Дом"],
  ]);
  // The names `core.clients.list` and `core.search.query` find by `q`, the list's A→Z.
  const found = async (q: string) => {
    const list = (await core.clients.list({ search: q, sort: "name", limit: 50 })).items.map((c) =>
      names.get(c.id),
    );
    const hits =
      (await core.search.query({ q, limit: 20 })).groups.find((g) => g.key === "core.client")?.hits ?? [];
    expect(hits.map((hit) => names.get(hit.id)).sort(), `global search for ${q}`).toEqual([...list].sort());
    return list;
  };
  return { core, romashka, lutik, dom, found };
}

describe("fragment search of clients (core.clients.list and core.search.query)", () => {
  it.each([
    ["a domain", "mail.ru", ["Ромашка"]],
    ["the start of an email", "ivanov@", ["Ромашка"]],
    ["the middle of an email", "ov@ma", ["Ромашка"]],
    ["a site's domain", "torg.ru", ["Ромашка"]],
    ["a company domain of an email", "dom-market", ["Дом"]],
    ["a phone as typed", "000-01-2", ["Ромашка"]],
    ["a phone's digits", "5554433", ["Лютик"]],
    ["a phone's middle with brackets", "(495) 000", ["Ромашка"]],
    ["an INN's middle", "0708389", ["Ромашка"]],
    ["a name in lower case", "ромашка", ["Ромашка"]],
    ["a name in capitals", "РОМАШ", ["Ромашка"]],
    ["a name's middle", "маркет", ["Дом"]],
    ["a name with its legal form", "ООО Ромашка", ["Ромашка"]],
    ["a shared fragment, A→Z", ".ru", ["Ромашка", "Дом"]],
    ["a literal %", "100%", ["Лютик"]],
    ["% standing for no other characters", "1%0", []],
    ["a literal _", "r_s", ["Лютик"]],
    ["_ as no wildcard", "petr_s", ["Лютик"]],
    ["_ standing for no other character", "petrxs", []],
    ["a fragment nobody holds", "гладиолус", []],
  ])("finds clients by %s (%s)", async (_, q, names) => {
    const { found } = await fragmentHost();
    expect(await found(q)).toEqual(names);
  });

  it.each([
    ["two letters: names starting with them", "ро", ["Ромашка"]],
    ["two letters of a name's middle: nothing", "ма", []],
    ["one letter", "л", ["Лютик"]],
  ])("searches %s by name prefix (too short for trigrams)", async (_, q, names) => {
    const { found } = await fragmentHost();
    expect(await found(q)).toEqual(names);
  });

  it("keeps the index in step with edits, contacts and merges", async () => {
    const { core, romashka, lutik, found } = await fragmentHost();
    await core.clients.update({ id: romashka.id, name: "ООО «Ромашка»", emails: ["office@romashka.ru"] });
    expect(await found("ivanov@")).toEqual([]);
    expect(await found("office@rom")).toEqual(["Ромашка"]);
    await core.clients.contacts.create({ clientId: lutik.id, name: "Пётр", phones: ["+7 903 777-88-99"] });
    expect(await found("777-88")).toEqual(["Лютик"]);
    await core.clients.merge({ intoId: romashka.id, fromId: lutik.id });
    expect(await found("петр")).toEqual([]);
    expect(await found("777-88")).toEqual(["Ромашка"]); // the contact moved with the merge
  });

  it("finds the same clients after VACUUM (the index is keyed by the clients' rowids)", async () => {
    const { found } = await fragmentHost();
    const handle = await h.t.host.orgs.get(h.orgId);
    await handle.client.execute("VACUUM");
    expect(await found("mail.ru")).toEqual(["Ромашка"]);
    expect(await found("5554433")).toEqual(["Лютик"]);
  });
});
