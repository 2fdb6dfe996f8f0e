import type { Page, Route } from "playwright-core";
import { stubPlugins } from "./stub-plugins.ts";

const answers: Record<string, unknown> = {
  "core.plugins.list": {
    plugins: stubPlugins,
    bootFailures: [{ pluginId: "sms", error: 'Plugin "sms" depends on unknown plugin "sms-gateway"' }],
  },
  "core.plugins.enablePreview": { willEnable: ["leads-core", "webforms"] },
  "core.plugins.purgePreview": {
    pluginId: "calls",
    tables: [
      { name: "calls_lists", rows: 12 },
      { name: "calls_attempts", rows: 4821 },
    ],
    hookKeys: 1,
  },
};

const conflict = {
  error: {
    json: {
      message: 'Cannot disable "calls": enabled plugins depend on it: autodial.',
      code: -32009,
      data: {
        code: "CONFLICT",
        httpStatus: 409,
        path: "core.plugins.disable",
        domainCode: "CONFLICT",
        fields: null,
      },
    },
  },
};

async function answer(route: Route) {
  const url = new URL(route.request().url());
  const paths = url.pathname.replace(/^\/trpc\//, "").split(",");
  if (paths.includes("core.plugins.disable")) {
    await route.fulfill({ status: 409, contentType: "application/json", body: JSON.stringify([conflict]) });
    return;
  }
  if (!paths.some((path) => path in answers)) return route.continue();
  const real = await route.fetch();
  const body = (await real.json()) as unknown[];
  const patched = paths.map((path, index) =>
    path in answers ? { result: { data: { json: answers[path] } } } : body[index],
  );
  await route.fulfill({ response: real, status: 200, body: JSON.stringify(patched) });
}

/**
 * Makes the page see the stub plugins: the plugin procedures' answers are replaced inside the
 * real batched responses (this server build installs no plugins), and disabling answers CONFLICT.
 */
export async function stubPluginProcedures(page: Page): Promise<void> {
  await page.route("**/trpc/**", answer);
}
