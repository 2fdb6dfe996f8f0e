import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { artifactsDir } from "./support/paths.ts";
import { atPhoneInBothLanguages } from "./support/screen-checks.ts";
import { type SignedIn, startSignedIn } from "./support/signed-in.ts";

let session: SignedIn | undefined;
let server: SignedIn["server"];
let browser: SignedIn["browser"];

beforeAll(async () => {
  ({ server, browser } = session = await startSignedIn());
});
afterAll(() => session?.stop());

describe("a toast on a phone", () => {
  it("drops from under the top bar and leaves the bottom of the screen, where the actions are, free", async () => {
    const { page } = browser;
    await page.goto(`${server.url}/team`);
    const stages = ["specialists", "solo"] as const;
    await atPhoneInBothLanguages(page, async (locale, dict) => {
      const stage = stages[locale === "en" ? 0 : 1];
      await page.getByText(dict.stages[stage].title, { exact: true }).click();
      const toast = page.locator(".q-toast", { hasText: dict.staffing.stageSaved });
      await expect.poll(() => toast.count()).toBe(1);
      // Hovered, it stays while measured (a toast pauses its timer under the pointer).
      await toast.hover();
      const box = await toast.boundingBox();
      const bar = await page.locator(".top-bar").boundingBox();
      expect(box && bar && box.y >= bar.y + bar.height).toBe(true);
      expect(box && box.y + box.height < 844 / 3).toBe(true);
      expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
      const bottomIsPage = await page.evaluate(() => {
        const below = document.elementFromPoint(195, window.innerHeight - 24);
        return below !== null && below.closest(".q-toast-region, .q-toast-list") === null;
      });
      expect(bottomIsPage).toBe(true);
      // The helper's screenshot hides toasts; this one is about the toast.
      await page.screenshot({
        path: join(artifactsDir, `toast-phone-${locale}.png`),
        animations: "disabled",
      });
    });
  });
});
