import type { AnyPlugin } from "@quartet/core/plugin";
import { describe, expect, it } from "vitest";
import { headingsOf, missingSections } from "./readme-sections.ts";

const bare = { settings: undefined, health: undefined } as unknown as AnyPlugin;
const full = "# P\n## What it does\n## Invariants\n## Events\n## Procedures and permissions\n";

describe("missingSections", () => {
  it.each([
    ["every section a bare plugin needs", bare, full, []],
    ["settings, when it has settings", { ...bare, settings: {} }, full, ["Settings"]],
    [
      "health, when it reports readings",
      { ...bare, health: async () => [] },
      `${full}### Health readings\n`,
      [],
    ],
    ["sections it lacks", bare, "# P\n## What it does\n## Events\n", ["Invariants", "Permissions"]],
    [
      "a heading inside a code fence",
      bare,
      `${full.replace("## Invariants\n", "")}\`\`\`\n## Invariants\n\`\`\`\n`,
      ["Invariants"],
    ],
    [
      "the title or plain text",
      bare,
      "# Invariants\nInvariants, events and permissions.\n## What it does\n",
      ["Invariants", "Events", "Permissions"],
    ],
  ] as const)("finds %s", (_, plugin, markdown, missing) => {
    expect(missingSections(plugin as AnyPlugin, markdown)).toEqual(missing);
  });

  it("reads headings of any level below the title, closing hashes dropped", () => {
    expect(headingsOf("# T\n## One ##\n#### Two\ntext\n")).toEqual(["One", "Two"]);
  });
});
