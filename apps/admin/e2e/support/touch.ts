import type { Locator } from "playwright-core";

/**
 * Taps an element with a finger, as on a phone: Chromium's touch events through the DevTools
 * protocol (what playwright's own `tap` sends, without a touch-only browser context), so the page
 * sees `pointerType: "touch"` and then a click. It waits for running animations (a menu sliding in)
 * to end, as a person's finger would.
 */
export async function tap(target: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  // A finger lands where the element rests: let an opening menu's animation end first.
  await target.evaluate((el) =>
    Promise.all(
      el.ownerDocument
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().iterations !== Number.POSITIVE_INFINITY)
        .map((a) => a.finished),
    ),
  );
  // …and where it rests after a scroll box snaps to a column.
  await target.evaluate(
    (el) =>
      new Promise<void>((resolve) => {
        let last = "";
        const settle = () => {
          const { x, y } = el.getBoundingClientRect();
          if (`${x},${y}` === last) resolve();
          else {
            last = `${x},${y}`;
            requestAnimationFrame(() => requestAnimationFrame(settle));
          }
        };
        settle();
      }),
  );
  const box = await target.boundingBox();
  if (!box) throw new Error("the element to tap is not on the screen");
  const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const page = target.page();
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send("Emulation.setTouchEmulationEnabled", { enabled: true, maxTouchPoints: 1 });
    await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [point] });
    await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  } finally {
    await cdp.detach();
  }
}
