import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Writable } from "node:stream";
import type { Logger } from "@quartet/core";
import { sql } from "drizzle-orm";
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { hashToken } from "../../src/auth/hashed-tokens.ts";
import { redactedPaths } from "../../src/logger.ts";
import { memoryMailer } from "../support/memory-mailer.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";
import { postJson, rawTokenOf, requestWith, sessionCookieOf, signUp } from "./auth-requests.ts";

const ann = { email: "ann@example.com", password: "Pa55-word-of-Ann" };
const newPassword = "An0ther-secret-phrase";

/** Signs up, signs in, fails a sign-in, requests a reset and uses it: every secret the flow makes. */
async function exercise(t: TestHost, mailer: ReturnType<typeof memoryMailer>) {
  const app = t.app();
  const signUpToken = rawTokenOf((await signUp(app, ann)).cookie);
  const signIn = await postJson(app, "/api/auth/sign-in/email", { email: ann.email, password: ann.password });
  const cookie = sessionCookieOf(signIn);
  await postJson(app, "/api/auth/sign-in/email", { email: ann.email, password: "wrong-guess-123" });
  expect(await t.host.auth.sessionUser(requestWith(cookie))).not.toBeNull();
  await postJson(app, "/api/auth/request-password-reset", { email: ann.email });
  const resetToken = decodeURIComponent(/token=(\S+)/.exec(mailer.sent[0]?.text ?? "")?.[1] ?? "");
  expect(resetToken).not.toBe("");
  const secondReset = await postJson(app, "/api/auth/request-password-reset", { email: ann.email });
  expect(secondReset.status).toBe(200);
  const pendingResetToken = decodeURIComponent(/token=(\S+)/.exec(mailer.sent[1]?.text ?? "")?.[1] ?? "");
  expect((await postJson(app, "/api/auth/reset-password", { token: resetToken, newPassword })).status).toBe(
    200,
  );
  const afterReset = sessionCookieOf(
    await postJson(app, "/api/auth/sign-in/email", { email: ann.email, password: newPassword }),
  );
  const secrets = {
    password: ann.password,
    newPassword,
    signUpToken,
    sessionToken: rawTokenOf(cookie),
    sessionAfterReset: rawTokenOf(afterReset),
    resetToken,
    pendingResetToken,
  };
  return secrets;
}

function leaks(text: string, secrets: Record<string, string>): string[] {
  return Object.entries(secrets)
    .filter(([, secret]) => secret.length >= 8 && text.includes(secret))
    .map(([name]) => name);
}

describe("secrets never appear in clear", () => {
  let t: TestHost | undefined;
  afterEach(() => t?.close());

  it("in any column of any table of the control database", async () => {
    const mailer = memoryMailer();
    t = await createTestHost({ mailer });
    const secrets = await exercise(t, mailer);
    const tables = await t.host.control.db.all<{ name: string }>(
      sql`SELECT name FROM sqlite_master WHERE type = 'table'`,
    );
    let dump = "";
    for (const { name } of tables) {
      const rows = await t.host.control.db.all<Record<string, unknown>>(sql.raw(`SELECT * FROM "${name}"`));
      dump += `${name}: ${JSON.stringify(rows)}\n`;
    }
    expect(dump).toContain(hashToken(secrets.sessionAfterReset));
    expect(dump).toContain("auth_rate_limits");
    expect(leaks(dump, secrets)).toEqual([]);
  });

  it("in the bytes of the database files, free pages and write-ahead log included", async () => {
    const mailer = memoryMailer();
    t = await createTestHost({ mailer });
    const secrets = await exercise(t, mailer);
    const files = ["control.db", "control.db-wal"]
      .map((name) => join(t?.dataDir ?? "", name))
      .filter((path) => existsSync(path));
    const bytes = files.map((path) => readFileSync(path).toString("latin1")).join("\n");
    expect(bytes).toContain(hashToken(secrets.sessionAfterReset));
    expect(leaks(bytes, secrets)).toEqual([]);
  });

  it("in the log, even at debug level", async () => {
    let text = "";
    const sink = new Writable({
      write(chunk, _encoding, done) {
        text += String(chunk);
        done();
      },
    });
    const logger = pino(
      { level: "debug", redact: { paths: redactedPaths, censor: "[redacted]" } },
      sink,
    ) as unknown as Logger;
    const mailer = memoryMailer();
    t = await createTestHost({ mailer, logger });
    const secrets = await exercise(t, mailer);
    await t.app().request("/trpc/alpha.notes.list", {
      headers: { cookie: `quartet.session_token=${secrets.sessionToken}` },
    });
    expect(text).toContain("Invalid password");
    expect(leaks(text, secrets)).toEqual([]);
  });
});
