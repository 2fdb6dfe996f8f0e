import { describe, expect, it } from "vitest";
import type { CoreClientPage, CoreContact } from "../core-api.ts";
import { recipientsOf } from "./recipients.ts";

const contact = (id: string, emails: string[]): CoreContact => ({
  id,
  name: id,
  position: null,
  phones: [],
  emails,
});

const page = (emails: string[], contacts: CoreContact[]): CoreClientPage => ({
  merged: false,
  client: { id: "cli_1", name: "ООО Ромашка", stage: "lead", emails },
  contacts,
});

describe("recipientsOf", () => {
  it.each([
    ["nothing loaded", undefined, null, []],
    ["a merged client", { merged: true, id: "cli_1", name: "x", mergedIntoId: "cli_2" } as const, null, []],
    ["the client's own addresses", page(["info@romashka.ru"], []), null, ["info@romashka.ru"]],
    [
      "the deal's contact first, then the client, then the other contacts",
      page(
        ["info@romashka.ru"],
        [contact("con_1", ["buh@romashka.ru"]), contact("con_2", ["anna@romashka.ru"])],
      ),
      "con_2",
      ["anna@romashka.ru", "info@romashka.ru", "buh@romashka.ru"],
    ],
    [
      "each address once, blanks left out",
      page(["info@romashka.ru", " "], [contact("con_1", ["info@romashka.ru"])]),
      "con_1",
      ["info@romashka.ru"],
    ],
  ])("%s", (_name, given, contactId, expected) => {
    expect(recipientsOf(given, contactId)).toEqual(expected);
  });
});
