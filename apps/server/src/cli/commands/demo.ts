import { randomBytes } from "node:crypto";
import { users } from "@quartet/db/control";
import { eq } from "drizzle-orm";
import { demoPhases } from "../../demo/progress.ts";
import { runDemo } from "../../demo/run-demo.ts";
import { type DemoSizeName, demoSizes } from "../../demo/sizes.ts";
import type { DemoUser } from "../../demo/stage.ts";
import { signUp } from "../../demo/team.ts";
import type { Host } from "../../host/create-host.ts";
import { fail, printTable } from "../output.ts";

type Flags = { name?: string; owner?: string; seed?: string; size?: string };

const usage = 'usage: quartet demo [--name "Company"] [--owner email] [--seed N] [--size default|small]';

/**
 * `quartet demo`: a NEW organisation full of realistic Russian data across the four legs, a line per
 * phase with its counts, then who can sign in. Without `--owner` a demo owner account is signed up
 * and its password printed; the members share a fresh password, printed too.
 */
export async function demoCommand(host: Host, flags: Flags): Promise<void> {
  const seed = flags.seed === undefined ? 1 : Number(flags.seed);
  const size = (flags.size ?? "default") as DemoSizeName;
  if (!Number.isInteger(seed) || seed < 0 || !(size in demoSizes)) return fail(usage);
  const password = randomBytes(9).toString("base64url");
  const tag = randomBytes(3).toString("hex");
  let owner: DemoUser;
  if (flags.owner) {
    const [found] = await host.control.db
      .select()
      .from(users)
      .where(eq(users.email, flags.owner.trim().toLowerCase()));
    if (!found) return fail(`no user with the email ${flags.owner}: they sign up first`);
    owner = { id: found.id, name: found.name, email: found.email };
  } else {
    owner = await signUp(host, "Алексей Морозов", `owner.${tag}@demo.quartet.local`, password);
  }
  const started = Date.now();
  const seconds = () => ((Date.now() - started) / 1000).toFixed(1).padStart(5);
  const result = await runDemo(
    host,
    { owner, name: flags.name?.trim() || "Квартет Снаб (демо)", seed, size, password },
    (phase, counts) => {
      const step = `${demoPhases.indexOf(phase) + 1}/${demoPhases.length}`;
      const made = Object.entries(counts)
        .map(([key, value]) => `${key} ${value}`)
        .join(", ");
      process.stdout.write(`${seconds()}s  ${step.padStart(5)}  ${phase.padEnd(12)} ${made}\n`);
    },
  );
  process.stdout.write(`\ncreated ${result.slug} (${result.orgId}) in ${seconds().trim()} s\n\n`);
  const t = result.team;
  printTable([
    { role: "owner", name: t.owner.name, email: t.owner.email, password: flags.owner ? "(yours)" : password },
    { role: "head of sales", name: t.head.name, email: t.head.email, password },
    ...t.callers.map((c) => ({ role: "caller (part-time)", name: c.name, email: c.email, password })),
    { role: "closer (first sale)", name: t.closer.name, email: t.closer.email, password },
    { role: "farmer", name: t.farmer.name, email: t.farmer.email, password },
    { role: "VIP manager", name: t.vipManager.name, email: t.vipManager.email, password },
  ]);
  process.stdout.write("\nsign in after `pnpm start` (http://localhost:3000 by default)\n");
}
