import { describe, expect, it } from "vitest";
import { companyLine } from "./card-facts.ts";

describe("companyLine", () => {
  it.each([
    ["ООО Ромашка", "ООО Ромашка", null],
    ["ооо ромашка ", "ООО Ромашка", null],
    ["Сыр на год", "ООО Ромашка", "ООО Ромашка"],
    ["Сыр на год", "", null],
  ])("%s for %s shows %s", (title, client, line) => {
    expect(companyLine(title, client)).toBe(line);
  });
});
