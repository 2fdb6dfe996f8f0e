import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  exportTargets,
  filesUnder,
  installationReferences,
  linkFrom,
  type PackedManifest,
  packInto,
  unresolvedImports,
} from "./support/pack.ts";

const workspace = fileURLToPath(new URL("../../../", import.meta.url));
const packages = {
  "@quartet/core": "packages/core",
  "@quartet/ui": "packages/ui",
  "@quartet/db": "packages/db",
  "@quartet/telephony-zadarma": "packages/telephony-zadarma",
  "@quartet/server": "apps/server",
  "@quartet/testing": "packages/testing",
  "@quartet/prospecting": "plugins/prospecting",
} as const;
type Name = keyof typeof packages;
const names = Object.keys(packages) as Name[];

/** What a plugin author's code reads from the packages; the expect-error proves the types are real. */
const consumer = `import { QUARTET_VERSION, type Money } from "@quartet/core";
import { definePlugin, supportedVersionsProblem } from "@quartet/core/plugin";
import { router } from "@quartet/core/trpc";
import { initialsOf } from "@quartet/ui/pure";
import prospecting from "@quartet/prospecting/server";
import * as contracts from "@quartet/prospecting/contracts";
import type { AppRouter } from "@quartet/server/router";
import { pluginHost } from "@quartet/testing";
import { checkConformance } from "@quartet/testing/conformance";
// The published router: core's, and an open record of whichever plugins the installation lists.
type Routers = keyof AppRouter["_def"]["record"];
const routers: Routers[] = ["core", "referrals"];
// @ts-expect-error QUARTET_VERSION is a string
const wrong: number = QUARTET_VERSION;
const id: "prospecting" = prospecting.id;
export const used = [wrong, id, definePlugin, supportedVersionsProblem, router, initialsOf, contracts, {} as Money, routers, pluginHost, checkConformance];
`;
const strictConsumer = {
  target: "es2022",
  module: "nodenext",
  moduleResolution: "nodenext",
  strict: true,
  noEmit: true,
  skipLibCheck: false,
  types: ["node"],
};

/** The lines of TypeScript's report on the project in `dir` (the workspace's compiler). */
function typeErrors(dir: string): string[] {
  try {
    execFileSync(join(workspace, "node_modules/.bin/tsc"), ["-p", "."], { cwd: dir, encoding: "utf8" });
    return [];
  } catch (error) {
    return String((error as { stdout?: string }).stdout).split("\n");
  }
}

/** The built-in plugins, which no other package may name (the installation lists them). */
const builtInPlugins = ["@quartet/prospecting", "@quartet/first-sale", "@quartet/farming", "@quartet/vip"];

/**
 * Entry points the plain-Node load leaves out: the host's `.` and `./router` load the
 * installation's `quartet.config.ts` (TypeScript, which plain Node 20 does not read); the SMTP
 * sinks need `smtp-server` and `mailparser`, which a plugin whose tests read mail installs itself;
 * `./core-router` is types only (an empty module).
 */
const notLoadedInNode = [
  "@quartet/server",
  "@quartet/server/router",
  "@quartet/server/core-router",
  "@quartet/server/testing/smtp-sink",
  "@quartet/testing/smtp-sink",
];

let root: string;
const packed = {} as Record<Name, PackedManifest>;
const at = (name: Name, file = "") => join(root, "node_modules", name, file);

// Packed in turn: `pnpm pack` runs each package's build (prepack), two at once would share the CPUs.
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "quartet-packed-"));
  for (const name of names) packed[name] = packInto(root, join(workspace, packages[name]));
  linkFrom(root, workspace, "@types/node");
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe.each(names)("the packed %s", (name) => {
  it("is publishable: not private, its workspace dependencies named by version", () => {
    const manifest = packed[name];
    expect(manifest.private).toBeUndefined();
    expect(manifest.version).toBe("0.1.0");
    const quartet = Object.entries(manifest.dependencies ?? {}).filter(([dep]) =>
      dep.startsWith("@quartet/"),
    );
    for (const [, version] of quartet) expect(version).toBe("0.1.0");
  });

  it("points every export at a built file it ships, with declarations for each types target", () => {
    for (const { subpath, condition, file } of exportTargets(packed[name])) {
      expect(file, `${subpath} (${condition})`).toMatch(/^\.\/dist\//);
      expect(existsSync(at(name, file)), `${subpath} (${condition}): ${file}`).toBe(true);
      if (condition === "types") expect(file).toMatch(/\.d\.ts$/);
    }
    const typed = Object.entries(packed[name].exports).filter(([, target]) => typeof target !== "string");
    for (const [subpath, target] of typed) expect(Object.keys(target), subpath).toContain("types");
  });

  it("ships built modules only: no sources, no tests", () => {
    // The scaffold's templates (`*.tmpl`) are text the CLI writes out, not modules.
    const files = filesUnder(at(name)).filter((file) => !file.endsWith(".tmpl"));
    expect(files.filter((file) => /(^src\/|\.test\.|(?<!\.d)\.tsx?$)/.test(file))).toEqual([]);
    expect(files.filter((file) => file.startsWith("dist/")).length).toBeGreaterThan(0);
  });

  it("names only files it ships in its modules' relative imports", () => {
    expect(unresolvedImports(at(name, "dist"))).toEqual([]);
  });

  it("declares every module it ships", () => {
    const modules = filesUnder(at(name, "dist")).filter((file) => /\.jsx?$/.test(file));
    expect(
      modules.filter((file) => !existsSync(at(name, `dist/${file.replace(/\.jsx?$/, ".d.ts")}`))),
    ).toEqual([]);
  });

  it("names no installation: no quartet.config, no path out of the package, no built-in plugin", () => {
    expect(
      installationReferences(
        at(name, "dist"),
        builtInPlugins.filter((plugin) => plugin !== name),
      ),
    ).toEqual([]);
  });
});

describe("the packed packages in plain Node", () => {
  // Entry points without JSX load in Node as they are; the Solid parts (`solid` condition) are for
  // a bundler with vite-plugin-solid, which compiles their `.jsx`.
  const nodeEntries = () =>
    names
      .flatMap((name) =>
        exportTargets(packed[name])
          .filter(({ condition, file }) => condition === "default" && file.endsWith(".js"))
          .filter(({ subpath }) => typeof packed[name].exports[subpath] === "object")
          .filter(({ subpath }) => !("solid" in (packed[name].exports[subpath] as object)))
          .map(({ subpath }) => (subpath === "." ? name : `${name}/${subpath.slice(2)}`)),
      )
      .filter((specifier) => !notLoadedInNode.includes(specifier));

  it("loads every entry point without JSX through its exports (but those left out above)", () => {
    const specifiers = nodeEntries();
    expect(specifiers).toEqual(
      expect.arrayContaining([
        "@quartet/core",
        "@quartet/core/plugin",
        "@quartet/core/trpc",
        "@quartet/ui/pure",
        "@quartet/prospecting/server",
        "@quartet/prospecting/contracts",
        "@quartet/server/testing",
        "@quartet/testing",
        "@quartet/testing/conformance",
      ]),
    );
    const script = `const out = {};
      for (const s of ${JSON.stringify(specifiers)}) out[s] = Object.keys(await import(s)).length;
      console.log(JSON.stringify(out));`;
    const loaded = JSON.parse(
      execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: root, encoding: "utf8" }),
    ) as Record<string, number>;
    for (const specifier of specifiers) expect(loaded[specifier], specifier).toBeGreaterThan(0);
  });

  it("gives @quartet/testing the host helpers of the packed @quartet/server, from its dist", () => {
    const script = `const kit = await import("@quartet/testing");
      console.log(JSON.stringify({ server: import.meta.resolve("@quartet/server/testing"), pluginHost: typeof kit.pluginHost }));`;
    const resolved = JSON.parse(
      execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: root, encoding: "utf8" }),
    ) as { server: string; pluginHost: string };
    expect(fileURLToPath(resolved.server)).toBe(at("@quartet/server", "dist/test/support/index.js"));
    expect(resolved.pluginHost).toBe("function");
    expect(packed["@quartet/server"].imports?.["#installation"]).toEqual({
      types: "./dist/src/installation/any-installation.d.ts",
      default: "./dist/src/installation/any-installation.js",
    });
  });

  it("finds the plugin's migrations in the package, where its manifest looks for them", () => {
    const script = `const { default: plugin } = await import("@quartet/prospecting/server");
      const { QUARTET_VERSION } = await import("@quartet/core");
      console.log(JSON.stringify({ id: plugin.id, quartet: plugin.quartet, folder: plugin.db.migrationsFolder, QUARTET_VERSION }));`;
    const manifest = JSON.parse(
      execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: root, encoding: "utf8" }),
    ) as { id: string; quartet: string; folder: string; QUARTET_VERSION: string };
    expect(manifest).toMatchObject({ id: "prospecting", quartet: "^0.1.0", QUARTET_VERSION: "0.1.0" });
    expect(manifest.folder).toBe(at("@quartet/prospecting", "migrations"));
    expect(existsSync(join(manifest.folder, "meta", "_journal.json"))).toBe(true);
  });

  it("type-checks a consumer against the packed declarations (their own errors included)", () => {
    writeFileSync(join(root, "package.json"), JSON.stringify({ type: "module" }));
    writeFileSync(join(root, "consumer.ts"), consumer);
    // NodeNext, the stricter resolution (Bundler passes too, checked by hand): every .d.ts is
    // checked (skipLibCheck off), so one run.
    const config = { compilerOptions: strictConsumer, files: ["consumer.ts"] };
    writeFileSync(join(root, "tsconfig.json"), JSON.stringify(config));
    const errors = typeErrors(root).filter((line) => /^(consumer\.ts|node_modules\/@quartet\/)/.test(line));
    expect(errors).toEqual([]);
  });

  it("marks the Solid parts for vite-plugin-solid with the solid condition", () => {
    expect(packed["@quartet/ui"].exports["."]).toHaveProperty("solid");
    expect(packed["@quartet/prospecting"].exports["./admin"]).toHaveProperty("solid");
    expect(existsSync(at("@quartet/ui", "dist/styles.css"))).toBe(true);
  });
});
