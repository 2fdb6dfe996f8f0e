import { type Locale, wordRef } from "@quartet/core";
import type { AnyPlugin } from "@quartet/core/plugin";
import type { ServerConfig } from "../../config.ts";
import { checkDatabase, type DatabaseReport, type Finding } from "./ops/check-database.ts";
import {
  controlDatabase,
  databaseExists,
  type InstanceDatabase,
  openForReading,
  organisationDatabases,
} from "./ops/instance.ts";
import { opsMessages as m } from "./ops/messages.ts";
import { operatorWords } from "./ops/words.ts";

/**
 * `quartet doctor`: checks the control database and every organisation's database (integrity,
 * foreign keys, migrations against this build) without creating, migrating or changing any of
 * them, and prints what is wrong and how to fix it in the operator's language. Exit code 1 when
 * anything is wrong.
 */
export async function doctorCommand(
  config: ServerConfig,
  plugins: readonly AnyPlugin[],
  locale: Locale,
): Promise<void> {
  const { say, title } = operatorWords(locale);
  const print = (database: InstanceDatabase, report: DatabaseReport) => {
    process.stdout.write(`${title(database)}  ${database.path ?? database.url}\n`);
    if (report.findings.length === 0)
      process.stdout.write(`  ✓ ${say(m.healthy, { migrations: report.migrations.join(", ") })}\n`);
    for (const finding of report.findings)
      process.stdout.write(
        `  ✗ ${wordRef(locale, finding.problem)}\n    ${say(m.fixLabel)}: ${wordRef(locale, finding.fix)}\n`,
      );
  };
  const control = controlDatabase(config);
  const controlReport = await examine(control, m.fixControlMissing);
  const orgs = await listOrganisations(control, plugins, controlReport);
  print(control, controlReport);
  const reports = [controlReport];
  for (const org of orgs) {
    reports.push(await examine(org, m.fixFileMissing));
    print(org, reports.at(-1) as DatabaseReport);
  }
  const problems = reports.reduce((sum, report) => sum + report.findings.length, 0);
  const broken = reports.filter((report) => report.findings.length > 0).length;
  process.stdout.write(
    `\n${problems === 0 ? say(m.allHealthy, { count: reports.length }) : say(m.someBroken, { problems, broken, count: reports.length })}\n`,
  );
  if (problems > 0) process.exitCode = 1;
}

// The organisations a readable control database knows; when it cannot list them, that is its finding.
async function listOrganisations(
  control: InstanceDatabase,
  plugins: readonly AnyPlugin[],
  report: DatabaseReport,
): Promise<InstanceDatabase[]> {
  if (!databaseExists(control)) return [];
  const client = openForReading(control);
  try {
    return await organisationDatabases(client, plugins);
  } catch (error) {
    if (report.findings.length === 0) report.findings.push(unreadable(error, control.path ?? control.url));
    return [];
  } finally {
    client.close();
  }
}

// A database that answers with an error: the error's words, and the fix of a damaged file.
const unreadable = (error: unknown, where: string): Finding => ({
  problem: { key: m.unreadable, params: { error: error instanceof Error ? error.message : String(error) } },
  fix: { key: m.fixDamaged, params: { path: where } },
});

// One database's report; a file that is missing or cannot be read is a finding, not a crash.
async function examine(database: InstanceDatabase, missingFix: string): Promise<DatabaseReport> {
  const where = database.path ?? database.url;
  if (!databaseExists(database))
    return {
      findings: [{ problem: { key: m.fileMissing, params: { path: where } }, fix: { key: missingFix } }],
      migrations: [],
    };
  const client = openForReading(database);
  try {
    return await checkDatabase(client, where, database.sources);
  } catch (error) {
    return { findings: [unreadable(error, where)], migrations: [] };
  } finally {
    client.close();
  }
}
