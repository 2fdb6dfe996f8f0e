// Prints every JS chunk of the build with its raw and gzipped size and marks what the first render
// needs: the entry with its static imports (from dist/.vite/manifest.json) and the viewer's
// dictionary, which the entry awaits before it renders (one language, loaded by `import()`). Fails
// when the entry plus the heaviest dictionary exceed the budget.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const BUDGET_BYTES = 100 * 1000;
/** The dictionaries the entry awaits before the first render, one per language (src/i18n/index.ts). */
const DICTIONARIES = { ru: "src/i18n/ru.ts", en: "src/i18n/en.ts" };
const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const manifest = JSON.parse(readFileSync(join(dist, ".vite/manifest.json"), "utf8"));

/** The files of some manifest chunks and, transitively, of their static imports, minus `known`. */
function closure(keys, known = new Set()) {
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file) || known.has(chunk.file)) return;
    files.add(chunk.file);
    for (const next of chunk.imports ?? []) visit(next);
  };
  for (const key of keys) visit(key);
  return files;
}

function jsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".js"))
    .map((entry) => relative(dist, join(entry.parentPath, entry.name)));
}

const kb = (bytes) => `${(bytes / 1000).toFixed(2)} kB`.padStart(10);
const sum = (list, key) => list.reduce((total, row) => total + row[key], 0);

const initial = closure(Object.keys(manifest).filter((key) => manifest[key].isEntry));
const dictionaries = Object.entries(DICTIONARIES).map(([locale, key]) => ({
  locale,
  files: closure([key], initial),
}));
const loadOf = (file) => {
  if (initial.has(file)) return "initial";
  const owners = dictionaries.filter((dictionary) => dictionary.files.has(file));
  return owners.length > 0 ? `dict ${owners.map((owner) => owner.locale).join("+")}` : "lazy";
};
const rows = jsFiles(dist)
  .map((file) => {
    const content = readFileSync(join(dist, file));
    return { file, raw: content.length, gzip: gzipSync(content, { level: 9 }).length, load: loadOf(file) };
  })
  .sort((a, b) => a.load.localeCompare(b.load) || b.gzip - a.gzip);

console.log(`\n${"chunk".padEnd(48)}${"load".padEnd(12)}${"raw".padStart(10)}${"gzip".padStart(10)}`);
for (const row of rows)
  console.log(`${row.file.padEnd(48)}${row.load.padEnd(12)}${kb(row.raw)}${kb(row.gzip)}`);

const initialRows = rows.filter((row) => row.load === "initial");
const lazyRows = rows.filter((row) => row.load === "lazy");
if (initialRows.length === 0) {
  console.error("No entry chunk found in dist/.vite/manifest.json; is build.manifest enabled?");
  process.exit(1);
}
console.log(
  `\ninitial JS: ${kb(sum(initialRows, "raw")).trim()} raw, ${kb(sum(initialRows, "gzip")).trim()} gzipped (the entry and its static imports)`,
);
const perLanguage = dictionaries.map((dictionary) => {
  const own = rows.filter((row) => dictionary.files.has(row.file));
  console.log(
    `dictionary ${dictionary.locale}: ${kb(sum(own, "raw")).trim()} raw, ${kb(sum(own, "gzip")).trim()} gzipped (awaited before the first render)`,
  );
  return { locale: dictionary.locale, gzip: sum(own, "gzip") };
});
console.log(
  `lazy JS:    ${kb(sum(lazyRows, "raw")).trim()} raw, ${kb(sum(lazyRows, "gzip")).trim()} gzipped`,
);

const heaviest = perLanguage.reduce((a, b) => (b.gzip > a.gzip ? b : a));
const firstRender = sum(initialRows, "gzip") + heaviest.gzip;
console.log(
  `first render: ${kb(firstRender).trim()} gzipped (initial JS + the ${heaviest.locale} dictionary)`,
);
if (firstRender > BUDGET_BYTES) {
  console.error(
    `First render needs ${kb(firstRender).trim()} gzipped, over the ${kb(BUDGET_BYTES).trim()} budget.`,
  );
  process.exit(1);
}
console.log(`within the ${kb(BUDGET_BYTES).trim()} budget`);
