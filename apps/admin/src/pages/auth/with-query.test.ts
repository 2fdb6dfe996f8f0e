import { describe, expect, it } from "vitest";
import { withQuery } from "./with-query.ts";

describe("withQuery", () => {
  it("encodes the parameters and leaves out empty ones", () => {
    expect(withQuery("/sign-up", { next: "/invite?token=a b", email: "", x: undefined })).toBe(
      "/sign-up?next=%2Finvite%3Ftoken%3Da+b",
    );
    expect(withQuery("/sign-in", {})).toBe("/sign-in");
  });
});
