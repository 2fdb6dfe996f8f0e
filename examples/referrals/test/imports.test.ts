import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  name: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};
const declared = new Set([
  pkg.name,
  ...Object.keys(pkg.dependencies ?? {}),
  ...Object.keys(pkg.devDependencies ?? {}),
]);

/** Every `.ts`/`.tsx` file under a folder of the plugin. */
function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => relative(root, join(e.parentPath, e.name)));
}

/** The specifiers a file imports or re-exports (static and dynamic). */
function specifiers(file: string): string[] {
  const text = readFileSync(join(root, file), "utf8");
  const found = text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)["']([^"']+)["']/gm);
  return [...found].map((match) => match[1] ?? "");
}

/** The package a bare specifier names: `@scope/name` or `name`. */
const packageOf = (spec: string) =>
  spec
    .split("/")
    .slice(0, spec.startsWith("@") ? 2 : 1)
    .join("/");

it("imports only its own files, Node's modules, itself and the packages it declares — never a path into apps/ or another package", () => {
  const problems = [
    ...sources("src"),
    ...sources("test"),
    ...sources(".").filter((f) => !f.includes("/")),
  ].flatMap((file) =>
    specifiers(file).flatMap((spec) => {
      if (spec.startsWith(".")) {
        const target = relative(root, resolve(root, dirname(file), spec));
        return target.startsWith("..") ? [`${file}: ${spec} leaves the plugin`] : [];
      }
      if (spec.startsWith("node:") || declared.has(packageOf(spec))) return [];
      return [`${file}: ${spec} is not a declared dependency`];
    }),
  );
  expect(problems).toEqual([]);
});
