import { describe, expect, it } from "vitest";
import { readFacade, redirectImports } from "./collapse-facades.ts";

describe("reading a chunk as a facade", () => {
  it.each([
    [
      "a default re-export",
      'export{a as default}from"./plugins-X1.js";',
      { target: "plugins-X1.js", names: { default: "a" } },
    ],
    [
      "two names from one chunk",
      'export{t as default,s as helper}from"./screens-Y_2.js";\n',
      { target: "screens-Y_2.js", names: { default: "t", helper: "s" } },
    ],
    ["code", 'import{a}from"./shell-Z.js";var b=a();export{b as default};', null],
    ["two targets", 'export{a as default}from"./a.js";export{b as x}from"./b.js";', null],
    ["a star re-export", 'export*from"./a.js";', null],
  ])("%s", (_, code, expected) => {
    expect(readFacade(code)).toEqual(expected);
  });
});

describe("redirecting the imports of facades", () => {
  const facades = { "admin-A.js": { target: "plugins-P.js", names: { default: "a" } } };

  it("loads the group's chunk and unwraps the names, in either quoting", () => {
    const code = {
      "index-I.js": 'd(()=>import(`./admin-A.js`),[]);d(()=>import("./admin-A.js"),[])',
      "other-O.js": "import(`./shell-S.js`)",
    };
    expect(redirectImports(code, facades)).toEqual({
      "index-I.js":
        'd(()=>import(`./plugins-P.js`).then(m=>({default:m.a})),[]);d(()=>import("./plugins-P.js").then(m=>({default:m.a})),[])',
    });
  });

  it("leaves a similar name alone", () => {
    expect(redirectImports({ "i.js": "import(`./admin-AB.js`)" }, facades)).toEqual({});
  });
});
