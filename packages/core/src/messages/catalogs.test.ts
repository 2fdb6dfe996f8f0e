import { describe, expect, it } from "vitest";
import * as messages from "./index.ts";
import { catalogData } from "./registry.ts";
import { catalogProblems } from "./validate.ts";

const catalogs = Object.entries(messages).flatMap(([name, value]) => {
  const data = catalogData(value);
  return data ? [[name, data] as const] : [];
});

describe("core's catalogs", () => {
  it("are all exported", () => {
    expect(catalogs.map(([name]) => name).sort()).toEqual([
      "clientMessages",
      "databaseMessages",
      "errorMessages",
      "functionMessages",
      "hostMessages",
      "importMessages",
      "inputMessages",
      "peopleMessages",
      "recordMessages",
      "stageMessages",
      "timelineMessages",
    ]);
  });

  it.each(catalogs)("%s is sound: both languages, Russian plurals, the same placeholders", (_, data) => {
    expect(catalogProblems(data)).toEqual([]);
    expect(data.namespace).toMatch(/^core(\.|$)/);
  });

  it("never words one key two ways: namespaces are distinct", () => {
    const namespaces = catalogs.map(([, data]) => data.namespace);
    expect(new Set(namespaces).size).toBe(namespaces.length);
  });
});
