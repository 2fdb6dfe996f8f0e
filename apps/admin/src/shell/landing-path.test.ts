import { describe, expect, it } from "vitest";
import { landingPath } from "./landing-path.ts";

const item = (path: string) => ({ entry: { path } });

describe("landingPath", () => {
  it("takes the first page the navigation offers", () => {
    expect(landingPath([item("/calls"), item("/scripts")])).toBe("/calls");
    expect(landingPath([item("/my-work"), item("/clients"), item("/calls")])).toBe("/my-work");
  });

  it("never lands on the health page itself, and has nowhere to go without pages", () => {
    expect(landingPath([item("/"), item("/calls")])).toBe("/calls");
    expect(landingPath([])).toBeNull();
  });
});
