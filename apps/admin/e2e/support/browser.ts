import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { artifactsDir } from "./paths.ts";

/** A headless Chromium with one page, and a way to close it and remove its profile. */
export type TestBrowser = { context: BrowserContext; page: Page; close: () => Promise<void> };

/**
 * Launches Debian's Chromium (or `CHROMIUM_PATH`) with a fresh profile; `launchPersistentContext`
 * takes the profile directory itself and rejects `--user-data-dir` in `args`. `touch` makes it a
 * phone: touch events, a mobile viewport, no hover and a coarse pointer.
 */
export async function launchBrowser(
  options: { width?: number; height?: number; touch?: boolean } = {},
): Promise<TestBrowser> {
  const profile = mkdtempSync(join(tmpdir(), "quartet-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    viewport: { width: options.width ?? 1280, height: options.height ?? 860 },
    deviceScaleFactor: 1,
    hasTouch: options.touch ?? false,
    isMobile: options.touch ?? false,
  });
  const violations = await collectPolicyViolations(context);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      if (violations.length > 0)
        throw new Error(`Content-Security-Policy violations:\n${[...new Set(violations)].join("\n")}`);
    },
  };
}

/**
 * Collects every Content-Security-Policy violation of the context's pages: the
 * `securitypolicyviolation` events (through an init script) and Chromium's console reports (which
 * also name refused framing). `close()` then fails the test file that caused any.
 */
async function collectPolicyViolations(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  await context.exposeBinding("__reportPolicyViolation", ({ page }, line: string) => {
    violations.push(`${page.url()}: ${line}`);
  });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { __reportPolicyViolation: (line: string) => void })
        .__reportPolicyViolation;
      report(
        `${event.violatedDirective} refused ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  context.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text()))
      violations.push(`${message.page()?.url()}: ${message.text()}`);
  });
  return violations;
}

/**
 * Saves a screenshot to `apps/admin/test-artifacts/<name>.png` and returns its path: the whole page
 * by default, the viewport only with `{ fullPage: false }` (for drawers and dialogs).
 */
export async function screenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<string> {
  mkdirSync(artifactsDir, { recursive: true });
  const path = join(artifactsDir, `${name}.png`);
  // A full-page shot of a scrolled page draws the sticky bars halfway down; start from the top.
  if (options.fullPage ?? true) await page.evaluate(() => window.scrollTo(0, 0));
  // Toasts are fixed to the viewport and fade on their own; they would float mid-page in a full shot.
  await page.screenshot({
    path,
    fullPage: options.fullPage ?? true,
    animations: "disabled",
    style: ".q-toast-list { display: none; }",
  });
  return path;
}
