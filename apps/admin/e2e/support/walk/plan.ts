import type { AppRoute } from "./route-table.ts";

/** The public pages: visited signed out (signed in, they send a person on). */
export const signedOutRoutes = ["/sign-in", "/sign-up", "/forgot-password", "/reset-password", "/invite"];

/**
 * Routes with a parameter, reached from the page given: through the first link to such a page, or
 * by clicking `click` (a board card that is a button) where the page has no link.
 */
export const reachedThrough: Record<string, { from: string; click?: string }> = {
  "/clients/:id": { from: "/clients" },
  "/deals/:dealId": { from: "/deals/list" },
  "/farming/deals/:dealId": { from: "/farming/deals", click: ".fm-card" },
};

/** Routes with no link of their own, opened at an address. */
export const openedAt: Record<string, string> = { "*404": "/no-such-page" };

/** Routes the walk leaves out on purpose, each with the reason. */
export const skipped: Record<string, string> = {
  "/diagnostic/:id":
    "a report exists only once the whole questionnaire is answered in the browser; diagnostic.e2e.ts walks it in both languages at phone width",
  "/settings/developer/components":
    "the component kit names each component by its import name, Latin by nature; admin-sdk.e2e.ts checks it in both languages at phone width, allowing only those names",
};

/** A page the walk visits: its name in the report and screenshots, and where it opens. */
export type Stop = { route: string; name: string; url: string };

/** A route's name for the report and the screenshot files (`/deals/:dealId` → `deals-dealId`). */
export const stopName = (path: string) => path.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "") || "home";

/** The routes that are neither visited nor skipped with a reason, and skips no route has any more. */
export function uncovered(routes: readonly AppRoute[], visited: ReadonlySet<string>) {
  const known = new Set(routes.map((r) => r.path));
  return {
    missed: routes.map((r) => r.path).filter((path) => !visited.has(path) && !(path in skipped)),
    staleSkips: Object.keys(skipped).filter((path) => !known.has(path)),
  };
}
