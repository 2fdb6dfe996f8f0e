import { parseArgs } from "node:util";
import { isDomainError } from "@quartet/core";
import { loadConfig } from "../config.ts";
import { createHost } from "../host/create-host.ts";
import { installedPlugins } from "../plugins.ts";
import { migrate, org, plugin } from "./commands/admin.ts";
import { backupCommand } from "./commands/backup.ts";
import { demoCommand } from "./commands/demo.ts";
import { doctorCommand } from "./commands/doctor.ts";
import { importCommand } from "./commands/import.ts";
import { operatorLocale } from "./commands/ops/operator-locale.ts";
import { pluginCheckCommand } from "./commands/plugin-check.ts";
import { pluginNewCommand } from "./commands/plugin-new.ts";
import { restoreCommand } from "./commands/restore.ts";
import { start } from "./commands/start.ts";
import { fail } from "./output.ts";

const usage = `quartet — run a sales department on four legs

  quartet start                                 serve the app (PORT, QUARTET_DATA_DIR, …)
  quartet migrate                               migrate the control and every organisation database
  quartet doctor                                check every database (integrity, foreign keys, migrations)
  quartet backup DIR                            a consistent copy of every database while the server runs
  quartet restore DIR [--force]                 bring a backup back into an empty data directory
  quartet org create "Name" [--slug s] [--owner email]
                                                create an organisation and its database (owned by a signed-up user)
  quartet org list
  quartet plugin new ID [--function prospecting|first-sale|farming|vip]
                                                scaffold plugins/ID and install it (quartet.config.ts, package.json)
  quartet plugin check ID                       run the conformance check for an installed plugin (exit 1 on a broken rule)
  quartet plugin list --org ORG
  quartet plugin enable ID --org ORG
  quartet plugin disable ID --org ORG [--cascade]
  quartet plugin uninstall ID --org ORG [--cascade] [--purge]
  quartet import clients FILE --org ORG [--on-duplicate skip|create] [--dry-run]
  quartet demo [--name "Name"] [--owner email] [--seed N] [--size default|small]
                                                a NEW organisation with realistic demo data in all four legs
`;

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      org: { type: "string" },
      slug: { type: "string" },
      owner: { type: "string" },
      cascade: { type: "boolean" },
      purge: { type: "boolean" },
      "on-duplicate": { type: "string" },
      "dry-run": { type: "boolean" },
      name: { type: "string" },
      seed: { type: "string" },
      size: { type: "string" },
      force: { type: "boolean" },
      function: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  const [command, ...rest] = positionals;
  if (!command || values.help) {
    process.stdout.write(usage);
    return;
  }
  const config = loadConfig();
  if (command === "start") return start(config);
  if (command === "plugin" && rest[0] === "check") return pluginCheckCommand(rest.slice(1), installedPlugins);
  if (command === "plugin" && rest[0] === "new") {
    return pluginNewCommand(
      rest.slice(1),
      values,
      installedPlugins.map((p) => p.id),
    );
  }
  // These read the databases as they are: no host, which would create and migrate them.
  const locale = operatorLocale(process.env);
  if (command === "doctor") return doctorCommand(config, installedPlugins, locale);
  if (command === "backup") return backupCommand(config, installedPlugins, locale, rest);
  if (command === "restore") return restoreCommand(config, locale, rest, values);
  const host = await createHost({
    config: { ...config, logLevel: process.env.LOG_LEVEL ?? "error" },
    plugins: installedPlugins,
  });
  try {
    if (command === "migrate") await migrate(host);
    else if (command === "org") await org(host, rest, values);
    else if (command === "plugin") await plugin(host, rest, values);
    else if (command === "import") await importCommand(host, rest, values);
    else if (command === "demo") await demoCommand(host, values);
    else fail(`unknown command "${command}"\n${usage}`);
  } finally {
    await host.close();
  }
}

main(process.argv.slice(2)).catch((error) => {
  fail(isDomainError(error) || error instanceof TypeError ? error.message : String(error?.stack ?? error));
});
