import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { auditActions } from "../../../i18n/en/audit-actions.ts";
import { settings } from "../../../i18n/en/settings.ts";

const serverSource = fileURLToPath(new URL("../../../../../server/src", import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

/** What core's services write into the audit log, read from their source: literal actions and entities. */
function audited() {
  const actions = new Set<string>();
  const entities = new Set<string>();
  for (const file of sources(serverSource)) {
    // Comments left out: an example naming a message key (`"core.imports.placeholder"`) is no action.
    const text = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, "");
    for (const m of text.matchAll(/"core\.([a-z-]+\.[a-z-]+)"/g)) if (m[1]) actions.add(m[1]);
    // Actions of three parts and more (`core.mail.mailbox.create`) in the files that write the audit.
    if (text.includes("audit({"))
      for (const m of text.matchAll(/"core\.([a-z-]+(?:\.[a-z-]+){2,})"/g)) if (m[1]) actions.add(m[1]);
    for (const m of text.matchAll(/entity: "([a-z-]+)"/g)) if (m[1]) entities.add(m[1]);
  }
  // Worded by template: `core.handoff.${action.type}` and `core.plugin.${verb}`.
  for (const verb of ["accept", "reject", "cancel", "expire"]) actions.add(`handoff.${verb}`);
  for (const verb of ["disable", "uninstall"]) actions.add(`plugin.${verb}`);
  return { actions, entities };
}

const pluginsSource = fileURLToPath(new URL("../../../../../../plugins", import.meta.url));

/** What the built-in plugins' services write into the audit log: `action: "<plugin>.x.y"` literals and entities. */
function pluginAudited() {
  const actions = new Set<string>();
  const entities = new Set<string>();
  for (const plugin of readdirSync(pluginsSource)) {
    for (const file of sources(join(pluginsSource, plugin, "src", "server"))) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/action: "([a-z-]+\.[a-z-]+\.[a-z-]+)"/g)) if (m[1]) actions.add(m[1]);
      for (const m of text.matchAll(/entity: "([a-z-]+)"/g)) if (m[1]) entities.add(m[1]);
    }
  }
  // Worded by template or passed in: `first-sale.proposal.${status}`, VIP's moves and hand decisions.
  for (const status of ["sent", "accepted", "declined"]) actions.add(`first-sale.proposal.${status}`);
  for (const verb of ["promote", "demote", "designate", "override"]) actions.add(`vip.client.${verb}`);
  return { actions, entities };
}

describe("the audit log in words", () => {
  const { actions, entities } = audited();
  const paths = (tree: object, prefix = ""): string[] =>
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === "string" ? [`${prefix}${key}`] : paths(value as object, `${prefix}${key}.`),
    );
  const worded = new Set(paths(auditActions));
  // Permission ids, event names and notification types share the `core.x.y` shape; only audit actions need words.
  const notActions =
    /^(plugins|events|monitor|clients|catalog|orders|activities|tasks|handoffs|staffing|audit|fields|org|members|roles|api-keys|targets|readiness|diagnostic)\.(read|manage|write|use|merge|import|export|run|ownership)$|^(order|payment|handoff|client)\.(recorded|received|requested|accepted|rejected|cancelled|expired|stage-changed|merged)$|^task\.due$/;

  it("words every action core writes", () => {
    const missing = [...actions].filter((a) => !notActions.test(a) && !worded.has(a));
    expect(missing).toEqual([]);
  });

  it("words every action the built-in plugins write, and names their entities", () => {
    const { actions: pluginActions, entities: pluginEntities } = pluginAudited();
    expect([...pluginActions].filter((a) => !worded.has(a))).toEqual([]);
    const named = new Set(Object.keys(settings.audit.entities));
    expect([...pluginEntities].filter((e) => !named.has(e))).toEqual([]);
  });

  it("names every entity core writes", () => {
    const named = new Set(Object.keys(settings.audit.entities));
    expect([...entities].filter((e) => !named.has(e))).toEqual([]);
  });
});
