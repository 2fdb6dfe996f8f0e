import type { HookEnv } from "@quartet/core/plugin";
import { Hono } from "hono";
import type { ProspectingPorts } from "../context.ts";
import { formHooks } from "./form-hook.ts";
import { telegramHooks } from "./telegram-hook.ts";

/**
 * Prospecting's public endpoints, mounted by the host at `/hooks/prospecting`. A thrown
 * DomainError reaches the host's error mapping (one per edge); refusals here use the same body.
 */
export function prospectingHooks(ports: ProspectingPorts) {
  return new Hono<HookEnv>().route("/", formHooks(ports)).route("/", telegramHooks(ports));
}
