import { describe, expect, it } from "vitest";
import { offersClientRequest } from "./task-draft.ts";

describe("the client page's task form", () => {
  it.each([
    [undefined, false],
    [[], false],
    [["farming"], false],
    [["farming", "vip"], true],
  ])("offers a client request with plugins %j: %s", (plugins, offered) => {
    expect(offersClientRequest(plugins)).toBe(offered);
  });
});
