import { describe, expect, it } from "vitest";
import { roleSeesMailbox } from "./letter-access.ts";

describe("roleSeesMailbox", () => {
  it.each([
    ["a mailbox open to all", "caller", [], true],
    ["a listed role", "member", ["member", "head-of-sales"], true],
    ["an unlisted role", "caller", ["member"], false],
    ["the owner always", "owner", ["member"], true],
    ["an admin always", "admin", ["member"], true],
    ["a custom role listed by id", "role_abc", ["role_abc"], true],
  ])("%s", (_name, role, roles, expected) => {
    expect(roleSeesMailbox(role, roles)).toBe(expected);
  });
});
