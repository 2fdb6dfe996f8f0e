import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  symlinkSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** The parts of a packed package.json these checks read. */
export type PackedManifest = {
  name: string;
  version: string;
  private?: boolean;
  exports: Record<string, string | Record<string, string>>;
  imports?: Record<string, string | Record<string, string>>;
  dependencies?: Record<string, string>;
  files?: string[];
};

/**
 * Packs the workspace package in `packageDir` as `pnpm publish` would (its `prepack` builds it)
 * and unpacks the tarball as `<root>/node_modules/<name>`, the way an install lays it out.
 * Its other dependencies are linked from the workspace's own install, so Node resolves them as
 * in any project. Returns the packed package.json.
 */
export function packInto(root: string, packageDir: string): PackedManifest {
  const out = mkdtempSync(join(tmpdir(), "quartet-pack-"));
  execFileSync("pnpm", ["pack", "--pack-destination", out], { cwd: packageDir, stdio: "pipe" });
  const tarball = readdirSync(out).find((file) => file.endsWith(".tgz"));
  if (!tarball) throw new Error(`pnpm pack left no tarball for ${packageDir}`);
  const manifest = JSON.parse(
    execFileSync("tar", ["-xOzf", join(out, tarball), "package/package.json"], { encoding: "utf8" }),
  ) as PackedManifest;
  const target = join(root, "node_modules", manifest.name);
  mkdirSync(target, { recursive: true });
  execFileSync("tar", ["-xzf", join(out, tarball), "-C", target, "--strip-components=1"]);
  for (const dependency of Object.keys(manifest.dependencies ?? {})) {
    if (!dependency.startsWith("@quartet/")) linkFrom(root, packageDir, dependency);
  }
  return manifest;
}

/** Links `<root>/node_modules/<dependency>` to the one installed for the package in `packageDir`. */
export function linkFrom(root: string, packageDir: string, dependency: string): void {
  const link = join(root, "node_modules", dependency);
  if (existsSync(link)) return;
  mkdirSync(dirname(link), { recursive: true });
  symlinkSync(realpathSync(join(packageDir, "node_modules", dependency)), link);
}

/** One target of a package's `exports`: the subpath, the condition (`.` for a plain string) and the file. */
export type ExportTarget = { subpath: string; condition: string; file: string };

/** Every file a package's `exports` points at, under each condition. */
export function exportTargets(manifest: PackedManifest): ExportTarget[] {
  return Object.entries(manifest.exports).flatMap(([subpath, target]) =>
    typeof target === "string"
      ? [{ subpath, condition: ".", file: target }]
      : Object.entries(target).map(([condition, file]) => ({ subpath, condition, file })),
  );
}

/** The files under `dir`, relative to it. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));
}

const specifiers = /(?:from\s*|import\s*\(\s*|import\s+)"([^"]+)"/g;
// Doc comments show imports as examples (`() => import("./calls-page.tsx")`): not the module's own.
const comments = /\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm;

/** Every import specifier of the compiled modules under `dir` (`.js`, `.jsx`, `.d.ts`), with its file. */
function importsUnder(dir: string): { file: string; specifier: string }[] {
  return filesUnder(dir)
    .filter((file) => /\.(js|jsx|d\.ts)$/.test(file))
    .flatMap((file) => {
      const source = readFileSync(join(dir, file), "utf8").replace(comments, "");
      return [...source.matchAll(specifiers)].map((match) => ({ file, specifier: match[1] as string }));
    });
}

/** The relative import specifiers of the compiled modules under `dir` that name no file there. */
export function unresolvedImports(dir: string): string[] {
  return importsUnder(dir)
    .filter(({ specifier }) => /^\.{1,2}\//.test(specifier))
    .filter(({ file, specifier }) => !resolvesIn(join(dir, dirname(file)), specifier, file.endsWith(".d.ts")))
    .map(({ file, specifier }) => `${file}: ${specifier}`);
}

// A declaration file may name a module by its source (`./x.ts`), or without an extension where
// the compiler wrote the import of an inferred type itself (`import("../../monitor/history")`);
// a consumer's TypeScript resolves both to the `.d.ts`. JavaScript must name the file itself.
function resolvesIn(dir: string, specifier: string, declaration: boolean): boolean {
  const path = join(dir, specifier);
  if (existsSync(path)) return true;
  return (
    declaration && [path.replace(/\.(ts|tsx)$/, ".d.ts"), `${path}.d.ts`].some((file) => existsSync(file))
  );
}

/**
 * What in the compiled modules under `dir` ties them to one installation: an import of a
 * `quartet.config` file, a relative import leading out of the package (`../../` past its root) or
 * an import of one of `plugins` (the built-in plugins, which only the installation names).
 */
export function installationReferences(dir: string, plugins: readonly string[]): string[] {
  const packageRoot = dirname(dir);
  const outside = (file: string, specifier: string) =>
    specifier.startsWith(".") && !join(dir, dirname(file), specifier).startsWith(`${packageRoot}/`);
  const plugin = (specifier: string) =>
    plugins.some((name) => specifier === name || specifier.startsWith(`${name}/`));
  return importsUnder(dir)
    .filter(
      ({ file, specifier }) =>
        specifier.includes("quartet.config") || outside(file, specifier) || plugin(specifier),
    )
    .map(({ file, specifier }) => `${file}: ${specifier}`);
}
