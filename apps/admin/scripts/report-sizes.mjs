// Prints every JS chunk of the build with its raw and gzipped size, marks the chunks the first
// page load needs (the entry and its static imports, from dist/.vite/manifest.json) and fails
// when those exceed the initial budget.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const BUDGET_BYTES = 100 * 1000;
const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const manifest = JSON.parse(readFileSync(join(dist, ".vite/manifest.json"), "utf8"));

/** Files loaded before the app can render: each entry and, transitively, its static imports. */
function initialFiles() {
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const next of chunk.imports ?? []) visit(next);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  return files;
}

function jsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".js"))
    .map((entry) => relative(dist, join(entry.parentPath, entry.name)));
}

const kb = (bytes) => `${(bytes / 1000).toFixed(2)} kB`.padStart(10);
const initial = initialFiles();
const rows = jsFiles(dist)
  .map((file) => {
    const content = readFileSync(join(dist, file));
    return {
      file,
      raw: content.length,
      gzip: gzipSync(content, { level: 9 }).length,
      initial: initial.has(file),
    };
  })
  .sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzip - a.gzip);

console.log(`\n${"chunk".padEnd(48)}${"load".padEnd(9)}${"raw".padStart(10)}${"gzip".padStart(10)}`);
for (const row of rows) {
  console.log(
    `${row.file.padEnd(48)}${(row.initial ? "initial" : "lazy").padEnd(9)}${kb(row.raw)}${kb(row.gzip)}`,
  );
}
const sum = (list, key) => list.reduce((total, row) => total + row[key], 0);
const initialRows = rows.filter((row) => row.initial);
const lazyRows = rows.filter((row) => !row.initial);
console.log(
  `\ninitial JS: ${kb(sum(initialRows, "raw")).trim()} raw, ${kb(sum(initialRows, "gzip")).trim()} gzipped`,
);
console.log(
  `lazy JS:    ${kb(sum(lazyRows, "raw")).trim()} raw, ${kb(sum(lazyRows, "gzip")).trim()} gzipped`,
);

const initialGzip = sum(initialRows, "gzip");
if (initialRows.length === 0) {
  console.error("No entry chunk found in dist/.vite/manifest.json; is build.manifest enabled?");
  process.exit(1);
}
if (initialGzip > BUDGET_BYTES) {
  console.error(
    `Initial JS is ${kb(initialGzip).trim()} gzipped, over the ${kb(BUDGET_BYTES).trim()} budget.`,
  );
  process.exit(1);
}
console.log(`within the ${kb(BUDGET_BYTES).trim()} initial budget`);
