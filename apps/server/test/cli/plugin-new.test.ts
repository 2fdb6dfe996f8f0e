import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type AnyPlugin, validateManifests } from "@quartet/core/plugin";
import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { pluginNames } from "../../src/cli/plugin-template/names.ts";
import { planNewPlugin, registerPlugin, writePluginFiles } from "../../src/cli/plugin-template/plan.ts";
import { renderPlugin } from "../../src/cli/plugin-template/render.ts";
import { pluginHost } from "../support/plugin-host.ts";
import { quartetCli } from "../support/quartet-cli.ts";

const here = fileURLToPath(new URL(".", import.meta.url));
const repository = join(here, "../../../..");
const config = `import { defineConfig } from "@quartet/core/config";

export default defineConfig({
  plugins: [
    { server: () => import("@quartet/vip/server"), admin: () => import("@quartet/vip/admin") },
  ],
});
`;

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/**
 * An installation root (its config and package.json) inside this package, so the files written
 * there resolve `@quartet/core`, zod and drizzle from the server's own dependencies.
 */
function installationRoot(): string {
  const root = mkdtempSync(join(here, "..", ".plugin-new-"));
  roots.push(root);
  writeFileSync(join(root, "quartet.config.ts"), config);
  writeFileSync(
    join(root, "package.json"),
    `${JSON.stringify({ name: "quartet", dependencies: {} }, null, 2)}\n`,
  );
  copyFileSync(join(repository, "tsconfig.base.json"), join(root, "tsconfig.base.json"));
  return root;
}

describe("quartet plugin new: the files", () => {
  it("writes loyalty in the agreed shape and registers it; the host boots it and applies its migration on enable", async () => {
    const root = installationRoot();
    const planned = planNewPlugin({
      root,
      id: "loyalty",
      fn: "farming",
      installed: ["vip"],
      now: Date.UTC(2026, 11, 7),
    });
    if (!planned.ok) throw new Error(planned.problem);
    writePluginFiles(root, planned.plan);
    registerPlugin(root, planned.plan);

    expect([...planned.plan.files.keys()]).toEqual(
      expect.arrayContaining([
        "package.json",
        "README.md",
        "drizzle.config.ts",
        "migrations/0000_init.sql",
        "migrations/meta/_journal.json",
        "migrations/meta/0000_snapshot.json",
        "src/contracts/permissions.ts",
        "src/contracts/settings.ts",
        "src/db/schema.ts",
        "src/server/index.ts",
        "src/server/router.ts",
        "src/admin/index.ts",
        "src/admin/page/notes-page.tsx",
        "src/admin/widgets/client-widget.tsx",
        "test/notes.test.ts",
        "test/access.test.ts",
        "test/conformance.test.ts",
      ]),
    );
    const files = [...planned.plan.files.values()].join("\n");
    expect(files).not.toMatch(/__[A-Z_]+__/);
    expect(readFileSync(join(root, "quartet.config.ts"), "utf8")).toContain(
      '{ server: () => import("@quartet/loyalty/server"), admin: () => import("@quartet/loyalty/admin") },\n  ],',
    );
    expect(JSON.parse(readFileSync(join(root, "package.json"), "utf8")).dependencies).toEqual({
      "@quartet/loyalty": "workspace:*",
    });
    const journal = JSON.parse(
      readFileSync(join(root, "plugins/loyalty/migrations/meta/_journal.json"), "utf8"),
    );
    expect(journal.entries).toEqual([
      expect.objectContaining({ tag: "0000_init", when: Date.UTC(2026, 11, 7) }),
    ]);

    const manifest = join(root, "plugins/loyalty/src/server/index.ts");
    const plugin = ((await import(pathToFileURL(manifest).href)) as { default: AnyPlugin }).default;
    expect(plugin).toMatchObject({ id: "loyalty", function: "farming", version: "0.1.0" });
    expect(() => validateManifests([plugin])).not.toThrow();

    const h = await pluginHost([plugin]);
    try {
      const api = (await h.as(h.owner)) as unknown as Record<
        string,
        { notes: { add(i: unknown): Promise<{ id: string }> } }
      >;
      const client = await (await h.core()).core.clients.create({ name: "ООО Ромашка" });
      const { id } = await (api.loyalty as { notes: { add(i: unknown): Promise<{ id: string }> } }).notes.add(
        {
          clientId: client.id,
          text: "Первая заметка",
        },
      );
      const handle = await h.t.host.orgs.get(h.orgId);
      expect(await handle.db.all(sql`select id, text from loyalty_notes`)).toEqual([
        { id, text: "Первая заметка" },
      ]);
      expect(await handle.db.all(sql`select count(*) as n from __migrations_loyalty`)).toEqual([{ n: 1 }]);
    } finally {
      await h.close();
    }
  });

  it("renders the example's shared files exactly, so the scaffold and examples/referrals do not drift apart", () => {
    const named = pluginNames("referrals", "farming", []);
    if (!named.ok) throw new Error(named.problem);
    const rendered = renderPlugin(named.names, 0);
    const example = (path: string) => readFileSync(join(repository, "examples/referrals", path), "utf8");
    for (const path of [
      "tsconfig.json",
      "vitest.config.ts",
      "test/imports.test.ts",
      "src/admin/i18n/index.ts",
    ]) {
      expect(rendered.get(path), path).toBe(example(path));
    }
    const shape = (text: string) => {
      const { type, exports, publishConfig, files, scripts, dependencies, devDependencies } =
        JSON.parse(text);
      return { type, exports, publishConfig, files, scripts, dependencies, devDependencies };
    };
    expect(shape(rendered.get("package.json") ?? "")).toEqual(shape(example("package.json")));
    const sections = (text: string) => text.split("\n").filter((line) => line.startsWith("## "));
    expect(sections(example("README.md"))).toEqual(
      expect.arrayContaining(sections(rendered.get("README.md") ?? "")),
    );
  });
});

describe("quartet plugin new: refusals", () => {
  /** A root the CLI reads through QUARTET_CONFIG: an empty plugin list, and plugins/loyalty already there. */
  function rootWithLoyalty(): string {
    const root = mkdtempSync(join(tmpdir(), "quartet-plugin-new-"));
    roots.push(root);
    writeFileSync(join(root, "quartet.config.ts"), "export default { plugins: [] };\n");
    writeFileSync(join(root, "package.json"), '{ "name": "quartet" }\n');
    mkdirSync(join(root, "plugins/loyalty"), { recursive: true });
    return root;
  }

  // The other refusals (pattern, function, a taken id) are names.test.ts's table.
  it.each([
    [["core"], '"core" is reserved'],
    [["loyalty", "--function", "farming"], "plugins/loyalty already exists"],
  ])(
    "quartet plugin new %j is refused with a clear message and writes nothing",
    { timeout: 120_000 },
    (args, message) => {
      const root = rootWithLoyalty();
      const run = quartetCli(root, ["plugin", "new", ...args], {
        QUARTET_CONFIG: join(root, "quartet.config.ts"),
      });
      expect(run.err).toContain(message);
      expect(run.code).toBe(1);
      expect(readFileSync(join(root, "quartet.config.ts"), "utf8")).toBe("export default { plugins: [] };\n");
    },
  );
});
