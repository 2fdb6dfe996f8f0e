import { randomBytes } from "node:crypto";
import { DomainError, newId, peopleMessages } from "@quartet/core";
import type { Host } from "../host/create-host.ts";
import { createDemoProgressBoard, type DemoProgressBoard } from "./progress.ts";
import { runDemo } from "./run-demo.ts";
import type { DemoSizeName } from "./sizes.ts";
import type { DemoUser } from "./stage.ts";

const boards = new WeakMap<Host, DemoProgressBoard>();
const running = new Set<string>();

/** The progress board of a host's demo runs (one per host, in memory). */
export function demoBoard(host: Host): DemoProgressBoard {
  let board = boards.get(host);
  if (!board) {
    board = createDemoProgressBoard();
    boards.set(host, board);
  }
  return board;
}

/**
 * Starts a demo run for `user` in the background: a NEW organisation they own, never an existing one.
 * One run per user at a time (CONFLICT while theirs runs). Answers the run id to poll progress with.
 */
export function startDemo(
  host: Host,
  user: DemoUser,
  input: { name: string; seed: number; size: DemoSizeName },
): { runId: string } {
  if (running.has(user.id)) throw new DomainError("CONFLICT", peopleMessages.demoStillCreating);
  const board = demoBoard(host);
  const runId = newId("demo", host.clock.now());
  board.start(runId, user.id);
  running.add(user.id);
  const password = randomBytes(12).toString("base64url");
  runDemo(host, { owner: user, password, ...input }, board.reporter(runId), (orgId) =>
    board.setOrg(runId, orgId),
  )
    .then(() => board.finish(runId, { error: null }))
    .catch((error: unknown) => {
      host.logger.error({ err: error, runId }, "demo run failed");
      board.finish(runId, { error: String((error as Error)?.message ?? error) });
    })
    .finally(() => running.delete(user.id));
  return { runId };
}
