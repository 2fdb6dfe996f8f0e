import { systemActor } from "@quartet/core";
import { users } from "@quartet/db/control";
import { eq } from "drizzle-orm";
import type { Host } from "../../host/create-host.ts";
import { fail, printTable } from "../output.ts";

const cliActor = { ...systemActor, id: "cli", name: "quartet CLI" };

/** `quartet migrate`: migrates the control database and every organisation's database. */
export async function migrate(host: Host): Promise<void> {
  const orgs = await host.organisations.list();
  for (const org of orgs) {
    await host.orgs.get(org.id);
    process.stdout.write(`migrated ${org.slug} (${org.id})\n`);
  }
  process.stdout.write(`control database and ${orgs.length} organisation database(s) are up to date\n`);
}

/** `quartet org create NAME [--slug S]` and `quartet org list`. */
export async function org(
  host: Host,
  args: string[],
  flags: { slug?: string; owner?: string },
): Promise<void> {
  const [verb, ...rest] = args;
  if (verb === "create") {
    const name = rest.join(" ").trim();
    if (!name) return fail('usage: quartet org create "Company name" [--slug slug] [--owner email]');
    if (flags.owner) {
      const owner = await findUser(host, flags.owner);
      if (!owner) return fail(`no user with the email ${flags.owner}: they sign up first`);
      const actor = {
        kind: "user" as const,
        id: owner.id,
        name: owner.name,
        email: owner.email,
        role: "owner",
        permissions: new Set(["*"]),
      };
      const created = await host.people.createOrganisation(actor, { name });
      process.stdout.write(`created ${created.slug} (${created.id}) owned by ${owner.email}\n`);
      return;
    }
    const created = await host.createOrganisation({ name, slug: flags.slug });
    process.stdout.write(`created ${created.slug} (${created.id})\ndatabase: ${created.dbUrl}\n`);
    return;
  }
  if (verb === "list") {
    const rows = await host.organisations.list();
    printTable(rows.map((o) => ({ id: o.id, slug: o.slug, name: o.name, database: o.dbUrl })));
    return;
  }
  fail("usage: quartet org create NAME | quartet org list");
}

async function findUser(host: Host, email: string) {
  const [user] = await host.control.db
    .select()
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()));
  return user;
}

/** `quartet plugin list|enable|disable|uninstall ID --org ORG [--cascade] [--purge]`. */
export async function plugin(
  host: Host,
  args: string[],
  flags: { org?: string; cascade?: boolean; purge?: boolean },
): Promise<void> {
  const [verb, id] = args;
  if (!flags.org) return fail("name the organisation: --org <id or slug>");
  const orgId = (await host.organisations.get(flags.org)).id;
  if (verb === "list") {
    const plugins = await host.lifecycle.describe(orgId);
    printTable(
      plugins.map((p) => ({
        id: p.id,
        function: p.function ?? "",
        state: p.state,
        version: p.version,
        error: p.lastError ?? "",
      })),
    );
    for (const failure of host.registry.failures)
      process.stdout.write(`skipped at boot: ${failure.pluginId}: ${failure.error}\n`);
    return;
  }
  if (!id) return fail(`usage: quartet plugin ${verb ?? "enable"} <plugin-id> --org <org>`);
  if (verb === "enable") {
    const { enabled } = await host.lifecycle.enable(orgId, id, cliActor);
    process.stdout.write(enabled.length ? `enabled: ${enabled.join(", ")}\n` : `${id} was already enabled\n`);
  } else if (verb === "disable") {
    const { disabled } = await host.lifecycle.disable(orgId, id, cliActor, { cascade: flags.cascade });
    process.stdout.write(`disabled: ${disabled.join(", ") || "nothing"}\n`);
  } else if (verb === "uninstall") {
    if (flags.purge) printTable((await host.lifecycle.purgePreview(orgId, id)).tables);
    const result = await host.lifecycle.uninstall(orgId, id, cliActor, {
      cascade: flags.cascade,
      purge: flags.purge,
    });
    process.stdout.write(
      `uninstalled: ${result.uninstalled.join(", ") || "nothing"}${result.purged ? " (data purged)" : " (data kept)"}\n`,
    );
  } else {
    fail("usage: quartet plugin list|enable|disable|uninstall");
  }
  await host.dispatcher.idle();
}
