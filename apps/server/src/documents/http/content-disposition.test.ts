import { describe, expect, it } from "vitest";
import { contentDisposition } from "./content-disposition.ts";

describe("contentDisposition", () => {
  it.each([
    [
      "attachment",
      "Счёт № 12 от 07.12.2026.pdf",
      `attachment; filename="12 07.12.2026.pdf"; filename*=UTF-8''%D0%A1%D1%87%D1%91%D1%82%20%E2%84%96%2012%20%D0%BE%D1%82%2007.12.2026.pdf`,
    ],
    [
      "inline",
      "Invoice No. 12 of 2026-12-07.pdf",
      `inline; filename="Invoice No. 12 of 2026-12-07.pdf"; filename*=UTF-8''Invoice%20No.%2012%20of%202026-12-07.pdf`,
    ],
    [
      "inline",
      "Акт (1).pdf",
      `inline; filename="(1).pdf"; filename*=UTF-8''%D0%90%D0%BA%D1%82%20%281%29.pdf`,
    ],
  ] as const)("%s %s", (kind, name, header) => {
    expect(contentDisposition(kind, name)).toBe(header);
  });
});
