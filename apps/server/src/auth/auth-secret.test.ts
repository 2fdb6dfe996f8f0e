import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { resolveAuthSecret } from "./auth-secret.ts";

describe("resolveAuthSecret", () => {
  const dirs: string[] = [];
  const freshDir = () => {
    const dir = mkdtempSync(join(tmpdir(), "quartet-secret-"));
    dirs.push(dir);
    return join(dir, "data");
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("prefers QUARTET_AUTH_SECRET and then touches no file", () => {
    const dataDir = freshDir();
    expect(resolveAuthSecret({ authSecret: "s".repeat(40), dataDir })).toBe("s".repeat(40));
    expect(() => statSync(join(dataDir, "auth-secret"))).toThrow();
  });

  it("creates <dataDir>/auth-secret readable by the owner only, and returns the same secret on every start", () => {
    const dataDir = freshDir();
    const first = resolveAuthSecret({ authSecret: null, dataDir });
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(statSync(join(dataDir, "auth-secret")).mode & 0o777).toBe(0o600);
    expect(resolveAuthSecret({ authSecret: null, dataDir })).toBe(first);
    expect(resolveAuthSecret({ authSecret: null, dataDir: freshDir() })).not.toBe(first);
  });

  it("refuses a secret file that is too short to be safe", () => {
    const dataDir = freshDir();
    resolveAuthSecret({ authSecret: null, dataDir });
    writeFileSync(join(dataDir, "auth-secret"), "short");
    expect(() => resolveAuthSecret({ authSecret: null, dataDir })).toThrow(/at least 32 characters/);
  });
});
