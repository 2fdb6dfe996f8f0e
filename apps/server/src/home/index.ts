import type { Actor, ServiceContext } from "@quartet/core";
import type { z } from "zod";
import type { Host } from "../host/create-host.ts";
import { homeDepsOf } from "./deps.ts";
import type { MonthKey } from "./periods.ts";
import { readHome } from "./read-home.ts";
import { readTargets } from "./read-targets.ts";
import { setTargets, type setTargetsInput } from "./set-targets.ts";

/** The head of sales' home page bound to the host: read it, read and set the month's targets. */
export function homeOf(host: Host) {
  const deps = homeDepsOf(host);
  return {
    read: (ctx: ServiceContext, orgId: string) => readHome(deps, ctx, orgId),
    targets: (orgId: string, month?: MonthKey) => readTargets(deps, orgId, month),
    setTargets: (actor: Actor, orgId: string, input: z.output<typeof setTargetsInput>) =>
      setTargets(deps, actor, orgId, input),
  };
}

export type { HomeReading } from "./read-home.ts";
export { setTargetsInput } from "./set-targets.ts";
