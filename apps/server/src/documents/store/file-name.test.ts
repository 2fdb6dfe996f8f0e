import { describe, expect, it } from "vitest";
import { documentFileName } from "./file-name.ts";

describe("documentFileName", () => {
  it.each([
    [
      { word: "Счёт", number: "12", date: "2026-12-07", version: 1, locale: "ru" },
      "Счёт № 12 от 07.12.2026.pdf",
    ],
    [
      { word: "Invoice", number: "12", date: "2026-12-07", version: 1, locale: "en" },
      "Invoice No. 12 of 2026-12-07.pdf",
    ],
    [
      { word: "Счёт", number: "3", date: "2027-01-02", version: 2, locale: "ru" },
      "Счёт № 3 от 02.01.2027, версия 2.pdf",
    ],
    [
      { word: "Invoice", number: "3", date: "2027-01-02", version: 4, locale: "en" },
      "Invoice No. 3 of 2027-01-02, version 4.pdf",
    ],
    [
      { word: "Акт: услуги/работы", number: "1", date: "2026-01-05", version: 1, locale: "ru" },
      "Акт услуги работы № 1 от 05.01.2026.pdf",
    ],
  ] as const)("%o → %s", (parts, name) => {
    expect(documentFileName(parts)).toBe(name);
  });
});
