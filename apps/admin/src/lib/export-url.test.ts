import { describe, expect, it } from "vitest";
import { exportUrl } from "./export-url.ts";

describe("exportUrl", () => {
  it.each([
    ["tasks", { list: "mine" }, "ru", "/api/v1/exports/tasks.csv?list=mine&locale=ru"],
    ["clients", { stage: "lead", region: "" }, "en", "/api/v1/exports/clients.csv?stage=lead&locale=en"],
    [
      "audit",
      { action: "core.member", from: 0, to: undefined },
      "ru",
      "/api/v1/exports/audit.csv?action=core.member&from=0&locale=ru",
    ],
    [
      "handoffs",
      { state: "requested", overdue: false, receiverId: null },
      "de",
      "/api/v1/exports/handoffs.csv?state=requested&overdue=false&locale=ru",
    ],
    [
      "clients",
      { region: "Москва" },
      "en",
      "/api/v1/exports/clients.csv?region=%D0%9C%D0%BE%D1%81%D0%BA%D0%B2%D0%B0&locale=en",
    ],
  ] as const)("%s %j in %s", (list, filters, locale, url) => {
    expect(exportUrl(list, filters, locale)).toBe(url);
  });
});
