import { describe, expect, it } from "vitest";
import { addDependency, addToConfig } from "./register.ts";

const config = `import { defineConfig } from "@quartet/core/config";

export default defineConfig({
  plugins: [
    { server: () => import("@quartet/vip/server"), admin: () => import("@quartet/vip/admin") },
  ],
});
`;

describe("addToConfig", () => {
  it("adds the plugin's line at the end of the list, indented like the others", () => {
    expect(addToConfig(config, "@quartet/loyalty")).toBe(`import { defineConfig } from "@quartet/core/config";

export default defineConfig({
  plugins: [
    { server: () => import("@quartet/vip/server"), admin: () => import("@quartet/vip/admin") },
    { server: () => import("@quartet/loyalty/server"), admin: () => import("@quartet/loyalty/admin") },
  ],
});
`);
  });

  it("adds to an empty list", () => {
    const empty = "export default defineConfig({\n  plugins: [\n  ],\n});\n";
    expect(addToConfig(empty, "@quartet/loyalty")).toContain(
      '  plugins: [\n    { server: () => import("@quartet/loyalty/server")',
    );
  });

  it("wraps an entry too long for one line the way the formatter would", () => {
    expect(addToConfig(config, "@acme/quartet-customer-loyalty-programme")).toContain(`
    {
      server: () => import("@acme/quartet-customer-loyalty-programme/server"),
      admin: () => import("@acme/quartet-customer-loyalty-programme/admin"),
    },
  ],`);
  });

  it("leaves a config that already lists the plugin as it is", () => {
    const once = addToConfig(config, "@quartet/loyalty");
    expect(addToConfig(once, "@quartet/loyalty")).toBe(once);
  });

  it("refuses a config without a plugins list", () => {
    expect(() => addToConfig("export default {};\n", "@quartet/loyalty")).toThrow("plugins: [");
  });
});

describe("addDependency", () => {
  it("adds the package as a workspace dependency, keys in order", () => {
    const text = `${JSON.stringify({ name: "quartet", dependencies: { "@quartet/vip": "workspace:*", "@quartet/core": "workspace:*" } }, null, 2)}\n`;
    expect(JSON.parse(addDependency(text, "@quartet/loyalty")).dependencies).toEqual({
      "@quartet/core": "workspace:*",
      "@quartet/loyalty": "workspace:*",
      "@quartet/vip": "workspace:*",
    });
    expect(Object.keys(JSON.parse(addDependency(text, "@quartet/loyalty")).dependencies)[1]).toBe(
      "@quartet/loyalty",
    );
  });

  it("creates the dependencies of a package without any", () => {
    expect(JSON.parse(addDependency('{ "name": "quartet" }', "@quartet/loyalty"))).toEqual({
      name: "quartet",
      dependencies: { "@quartet/loyalty": "workspace:*" },
    });
  });
});
