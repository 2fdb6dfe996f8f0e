import { clientInput, contactInput, dedupKeysOf, exactKeys } from "@quartet/core";
import { describe, expect, it } from "vitest";
import { keysOfValidated } from "../../src/records/import/client-keys.ts";
import { sniffDelimiter, uniqueHeaders } from "../../src/records/import/csv-dialect.ts";
import { KeySet } from "../../src/records/import/key-set.ts";

describe("import building blocks", () => {
  it.each([
    [
      {
        name: "А",
        inn: "7707083893",
        phones: ["8 916 123-45-67"],
        emails: ["Ivan@Romashka.RU", "x@mail.ru"],
        website: "https://www.romashka.ru/about",
      },
      null,
    ],
    [
      { name: "Б", phones: [], emails: ["a@yandex.ru"], website: "mail.ru" },
      { name: "К", phones: ["+7 495 111 22 33", "8 916 123-45-67"], emails: ["k@firm.ru"] },
    ],
    [{ name: "В" }, null],
  ])("builds the same keys as the clients services (%#)", (raw, rawContact) => {
    const client = clientInput.parse(raw);
    const contact = rawContact ? contactInput.parse(rawContact) : null;
    const expected = exactKeys(
      dedupKeysOf({
        name: client.name,
        inn: client.inn,
        phones: [...client.phones, ...(contact?.phones ?? [])],
        emails: [...client.emails, ...(contact?.emails ?? [])],
        websites: [client.website],
      }),
    );
    expect(keysOfValidated(client, contact)).toEqual(expected);
  });

  it.each([
    ["Название;ИНН;Телефон", ";"],
    ["Name,INN,Phone", ","],
    ["Name\tINN\tPhone", "\t"],
    ['"Телефон, рабочий";ИНН', ";"],
    ["Название", ";"],
  ])("sniffs the delimiter of %j", (line, delimiter) => {
    expect(sniffDelimiter(line)).toBe(delimiter);
  });

  it("names blank and repeated headers apart", () => {
    expect(uniqueHeaders(["Телефон", " ", "Телефон", "ИНН "])).toEqual([
      "Телефон",
      "Column 2",
      "Телефон (2)",
      "ИНН",
    ]);
  });

  it("remembers a million keys as hashes", () => {
    const set = new KeySet();
    let added = 0;
    for (let i = 0; i < 1_000_000; i++) if (set.add(`phone:+7916${i}`)) added++;
    expect(added).toBe(1_000_000);
    expect(set.size).toBe(1_000_000);
    expect(set.add("phone:+79165")).toBe(false);
    expect(set.has("phone:+7916999999")).toBe(true);
    expect(set.has("phone:+79161000000")).toBe(false);
  });
});
