import { copyFileSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { type BackedUpFile, fileEntry } from "./manifest.ts";

/** What of the data directory besides databases a backup keeps: the cookie secret and uploaded imports. */
export const keptFiles = ["auth-secret", "imports"] as const;

/** Copies `keptFiles` (a directory recursively) from `from` into `to`; returns their entries. */
export function copyKeptFiles(from: string, to: string): BackedUpFile[] {
  const copied: BackedUpFile[] = [];
  for (const name of keptFiles) {
    const source = join(from, name);
    if (!existsSync(source)) continue;
    const files = name === "imports" ? walk(source) : [source];
    for (const file of files) {
      const path = relative(from, file);
      mkdirSync(dirname(join(to, path)), { recursive: true });
      copyFileSync(file, join(to, path));
      copied.push(fileEntry(join(to, path), path));
    }
  }
  return copied;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}
