import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const kitDir = fileURLToPath(new URL("../..", import.meta.url));
const fixture = fileURLToPath(new URL("./fixture/plugin.ts", import.meta.url));
const cli = join(dirname(createRequire(import.meta.url).resolve("@quartet/server")), "cli", "main.ts");
const roots: string[] = [];

/**
 * An installation of its own in a temporary folder: a `quartet.config.ts` installing the fixture
 * plugin (`pick` chooses the variant) and `@quartet/testing` installed at its root, as
 * `pnpm add -D @quartet/testing` would.
 */
function installation(pick: string) {
  const root = mkdtempSync(join(tmpdir(), "quartet-check-"));
  roots.push(root);
  writeFileSync(join(root, "package.json"), JSON.stringify({ name: "installation", private: true }));
  mkdirSync(join(root, "node_modules", "@quartet"), { recursive: true });
  symlinkSync(kitDir, join(root, "node_modules", "@quartet", "testing"));
  const config = join(root, "quartet.config.ts");
  writeFileSync(
    config,
    `const fixture = () => import(${JSON.stringify(fixture)});
export default { plugins: [{ server: async () => ({ default: ${pick} }) }] };\n`,
  );
  return config;
}

/** `quartet plugin check <id>` through the real CLI in a child process, the operator speaking `lang`. */
function check(config: string, id: string, lang = "en_GB.UTF-8") {
  const run = spawnSync(process.execPath, ["--import", "tsx", cli, "plugin", "check", id], {
    encoding: "utf8",
    env: {
      ...process.env,
      QUARTET_LOCALE: "",
      LC_ALL: "",
      LC_MESSAGES: "",
      LANG: lang,
      QUARTET_CONFIG: config,
      QUARTET_DATA_DIR: dirname(config),
      LOG_LEVEL: "error",
    },
    timeout: 240_000,
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe("quartet plugin check <id>", () => {
  afterAll(() => {
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });

  it("prints a ✓ line per rule and exits 0 for a plugin that keeps them all", () => {
    const run = check(installation("(await fixture()).samplePlugin"), "sample");
    expect(run.err).toBe("");
    expect(run.out.match(/^ {2}✓ /gm)).toHaveLength(10);
    expect(run.out).toContain("✓ purge: the organisation is back to its");
    expect(run.code).toBe(0);
  }, 240_000);

  it("prints ✗ with what is wrong for a broken rule, in Russian for a Russian locale, and exits 1", () => {
    const variant = `(await fixture()).brokenSamples.find((s) => s.rule === "events-versioned").plugin`;
    const run = check(installation(variant), "sample", "ru_RU.UTF-8");
    expect(run.out).toContain("✗ версии событий: у «sample.note.created» нет версии (целого числа от 1)");
    expect(run.out).toContain("✓ очистка: в организации снова");
    expect(run.out.match(/^ {2}✗ /gm)).toHaveLength(1);
    expect(run.out).toContain("sample нарушает 1 правило из 10");
    expect(run.code).toBe(1);
  }, 240_000);

  it("names the installed plugins when the id is not one of them", () => {
    const run = check(installation("(await fixture()).samplePlugin"), "referrals");
    expect(run.err).toContain('no installed plugin "referrals" in quartet.config.ts (installed: sample)');
    expect(run.code).toBe(1);
  }, 240_000);
});
