import { describe, expect, it } from "vitest";
import { createDocumentRegistry, defineDocument } from "./registry.ts";

type Tools = { lines: string[] };

describe("document registry", () => {
  it("finds a registered type and draws its model with the renderer's tools", () => {
    const registry = createDocumentRegistry<Tools>();
    registry.register(
      defineDocument<{ n: string }, Tools>({ type: "vip.act", render: (m, t) => t.lines.push(m.n) }),
    );
    const tools: Tools = { lines: [] };
    registry.get("vip.act")?.render({ n: "А-1" }, tools);
    expect(tools.lines).toEqual(["А-1"]);
    expect(registry.types()).toEqual(["vip.act"]);
    expect(registry.get("invoice")).toBeUndefined();
  });

  it("refuses a second renderer for one type", () => {
    const registry = createDocumentRegistry<Tools>();
    const act = defineDocument<unknown, Tools>({ type: "act", render: () => {} });
    registry.register(act);
    expect(() => registry.register(act)).toThrow(/act is registered twice/);
  });
});
