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
  const say = (key: string, params?: Parameters<typeof wordRef>[1]["params"]) =>
    wordRef(locale, { key, params });
  const print = (database: InstanceDatabase, report: DatabaseReport) => {
    const title = database.org ? say(m.organisation, database.org) : say(m.control);
    process.stdout.write(`${title}  ${database.path ?? database.url}\n`);
    if (report.findings.length === 0)
      process.stdout.write(`  ✓ ${say(m.healthy, { migrations: report.migrations.join(", ") })}\n`);
    for (const finding of report.findings)
      process.stdout.write(
        `  ✗ ${wordRef(locale, finding.problem)}\n    ${say(m.fixLabel)}: ${wordRef(locale, finding.fix)}\n`,
      );
  };
  const control = controlDatabase(config);
  const reports: DatabaseReport[] = [];
  const visit = async (database: InstanceDatabase, missingFix: string) => {
    const report = await examine(database, missingFix);
    reports.push(report);
    print(database, report);
    return report;
  };
  const controlReport = await visit(control, m.fixControlMissing);
  const readable = !controlReport.findings.some(
    (f) => f.fix.key === m.fixControlMissing || f.fix.key === m.fixDamaged,
  );
  if (readable) {
    const client = openForReading(control);
    try {
      for (const org of await organisationDatabases(client, plugins)) await visit(org, m.fixFileMissing);
    } finally {
      client.close();
    }
  }
  const problems = reports.reduce((sum, report) => sum + report.findings.length, 0);
  const broken = reports.filter((report) => report.findings.length > 0).length;
  process.stdout.write(
    `\n${problems === 0 ? say(m.allHealthy, { count: reports.length }) : say(m.someBroken, { problems, broken, count: reports.length })}\n`,
  );
  if (problems > 0) process.exitCode = 1;
}

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
    const finding: Finding = {
      problem: {
        key: m.unreadable,
        params: { error: error instanceof Error ? error.message : String(error) },
      },
      fix: { key: m.fixDamaged, params: { path: where } },
    };
    return { findings: [finding], migrations: [] };
  } finally {
    client.close();
  }
}
