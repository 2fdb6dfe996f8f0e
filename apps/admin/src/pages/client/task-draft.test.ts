import { describe, expect, it } from "vitest";
import { offersClientRequest, taskInput } from "./task-draft.ts";

describe("the client page's task form", () => {
  it.each([
    [undefined, false],
    [[], false],
    [["farming"], false],
    [["farming", "vip"], true],
  ])("offers a client request with plugins %j: %s", (plugins, offered) => {
    expect(offersClientRequest(plugins)).toBe(offered);
  });

  it.each([
    [{ title: "Перезвонить", dueDate: "", clientRequest: false }, true, { dueDate: null }],
    [
      { title: "Перезвонить", dueDate: "2026-06-02", clientRequest: true },
      true,
      { dueDate: "2026-06-02", mark: "client-request" },
    ],
    [{ title: "Перезвонить", dueDate: "", clientRequest: true }, false, { dueDate: null }],
  ])("turns %j (offered: %s) into the create input", (draft, offered, expected) => {
    expect(taskInput("cli_1", draft, offered)).toEqual({
      title: "Перезвонить",
      clientId: "cli_1",
      ...expected,
    });
  });
});
