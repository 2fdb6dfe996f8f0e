import type { Plugin } from "vite";

/**
 * A chunk that only re-exports another's bindings, as Rolldown writes one for each dynamic import
 * of a module that a chunk group captured (rolldown/rolldown#9729): `export{a as default}from"./plugins-….js";`.
 * Each cost the home page's first load a request of 50 bytes.
 */
const facade = /^(?:export\{([\w$]+ as [\w$]+(?:,[\w$]+ as [\w$]+)*)\}from"\.\/([\w.-]+\.js)";\s*)+$/;
const reExport = /export\{([^}]+)\}from"\.\/([\w.-]+\.js)";/g;

/** What a re-export chunk stands for: the chunk it forwards to and its names there. */
export type Facade = { target: string; names: Record<string, string> };

/**
 * Reads a chunk's code as a facade: every statement re-exports from one and the same chunk in the
 * same folder. Anything else (code, two targets, a star re-export) is no facade.
 */
export function readFacade(code: string): Facade | null {
  if (!facade.test(code)) return null;
  let target: string | null = null;
  const names: Record<string, string> = {};
  for (const [, list, from] of code.matchAll(reExport)) {
    if (target !== null && target !== from) return null;
    target = from ?? null;
    for (const pair of (list ?? "").split(",")) {
      const [local, exported] = pair.split(" as ");
      if (local && exported) names[exported] = local;
    }
  }
  return target === null ? null : { target, names };
}

/** `import("./facade.js")`, quoted either way the bundler writes it. */
function importOf(file: string): RegExp {
  return new RegExp(`import\\((["\`])\\./${file.replaceAll(".", "\\.")}\\1\\)`, "g");
}

/**
 * Points every `import()` of a facade at the chunk it forwards to, unwrapping the names as Rollup
 * does: `import("./admin-….js")` becomes `import("./plugins-….js").then(m=>({default:m.a}))`.
 * Returns the rewritten code of the chunks it changed.
 */
export function redirectImports(
  code: Readonly<Record<string, string>>,
  facades: Readonly<Record<string, Facade>>,
): Record<string, string> {
  const changed: Record<string, string> = {};
  for (const [file, source] of Object.entries(code)) {
    let next = source;
    for (const [name, { target, names }] of Object.entries(facades)) {
      const picks = Object.entries(names)
        .map(([exported, local]) => `${exported}:m.${local}`)
        .join(",");
      next = next.replace(importOf(name), (_, quote: string) => {
        return `import(${quote}./${target}${quote}).then(m=>({${picks}}))`;
      });
    }
    if (next !== source) changed[file] = next;
  }
  return changed;
}

const baseName = (fileName: string) => fileName.slice(fileName.lastIndexOf("/") + 1);

/**
 * Drops the re-export chunks Rolldown writes for dynamic imports into a chunk group, loading the
 * group's chunk directly instead (`redirectImports`), so a lazily drawn part that lives in a group
 * (an admin half, a home widget, the workspace) costs no request of its own. Runs after Vite has
 * written its preload lists; a facade's name left anywhere afterwards fails the build.
 */
export function collapseFacades(): Plugin {
  return {
    name: "quartet:collapse-facades",
    apply: "build",
    enforce: "post",
    generateBundle: {
      order: "post",
      handler(_, bundle) {
        const facades: Record<string, Facade> = {};
        const code: Record<string, string> = {};
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== "chunk" || !chunk.fileName.startsWith("assets/")) continue;
          code[baseName(chunk.fileName)] = chunk.code;
          const read = chunk.isDynamicEntry && !chunk.isEntry ? readFacade(chunk.code) : null;
          if (read) facades[baseName(chunk.fileName)] = read;
        }
        for (const [file, next] of Object.entries(redirectImports(code, facades))) {
          const chunk = bundle[`assets/${file}`];
          if (chunk?.type === "chunk") chunk.code = next;
        }
        for (const [name, { target }] of Object.entries(facades)) {
          delete bundle[`assets/${name}`];
          for (const file of Object.values(bundle)) {
            if (file.type === "chunk") {
              // Vite's preload lists name the facades too: preloading the group's chunk instead.
              file.code = file.code.replaceAll(`"assets/${name}"`, `"assets/${target}"`);
              if (file.code.includes(name)) this.error(`${file.fileName} still names the facade ${name}`);
              file.dynamicImports = file.dynamicImports.map((i) =>
                i === `assets/${name}` ? `assets/${target}` : i,
              );
            } else if (typeof file.source === "string" && file.source.includes(name)) {
              file.source = file.source.replaceAll(`assets/${name}`, `assets/${target}`);
            }
          }
        }
      },
    },
  };
}
