import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { DomainError, type DomainErrorCode, type FieldErrors } from "@quartet/core";
import { openCsv } from "./csv-file.ts";
import { type Mapping, planColumns } from "./mapping.ts";
import { type ReadBatch, readBatch, recordBatches } from "./row-batches.ts";

/** A validated batch with how many records it covered and how far into the file it got. */
export type ReadyBatch = ReadBatch & { records: number; bytesRead: number };

// A worker's unknown failure (a missing file, say) must not carry server paths to the user.
function failure(error: { code: DomainErrorCode; message: string; fields?: FieldErrors }): DomainError {
  if (error.code === "INTERNAL")
    return new DomainError("INTERNAL", "The import file could not be read", { cause: error.message });
  return new DomainError(error.code, error.message, { fields: error.fields });
}

type Reply =
  | { ready: true }
  | { done: true }
  | { batch: ReadyBatch }
  | { error: { code: DomainErrorCode; message: string; fields?: FieldErrors } };

const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

/**
 * The file's batches, parsed and validated one batch ahead in a worker thread, so on two cores
 * the CPU work of batch N+1 overlaps the (blocking) write of batch N; memory holds at most two
 * batches. Falls back to reading in this thread when a worker cannot start.
 */
export async function* readBatches(
  path: string,
  mapping: Mapping,
  skip: number,
  size: number,
): AsyncGenerator<ReadyBatch> {
  const worker = new Worker(new URL("./batch-worker.ts", import.meta.url), {
    workerData: { path, mapping, skip, size },
    execArgv: ["--import", tsx],
  });
  const replies: Reply[] = [];
  let wake: (() => void) | null = null;
  let failed: Error | null = null;
  worker.on("message", (reply: Reply) => {
    replies.push(reply);
    wake?.();
  });
  worker.on("error", (error) => {
    failed = error;
    wake?.();
  });
  const next = async (): Promise<Reply | null> => {
    while (replies.length === 0 && !failed) await new Promise<void>((resolve) => (wake = resolve));
    return replies.shift() ?? null;
  };
  try {
    const first = await next();
    if (!first) {
      yield* readHere(path, mapping, skip, size);
      return;
    }
    if ("error" in first) throw failure(first.error);
    worker.postMessage("next");
    for (;;) {
      const reply = await next();
      if (!reply) throw failed ?? new DomainError("INTERNAL", "The import reader stopped");
      if ("error" in reply) throw failure(reply.error);
      if ("done" in reply || !("batch" in reply)) return;
      worker.postMessage("next");
      yield reply.batch;
    }
  } finally {
    worker.postMessage("close");
    void worker.terminate();
  }
}

async function* readHere(
  path: string,
  mapping: Mapping,
  skip: number,
  size: number,
): AsyncGenerator<ReadyBatch> {
  const csv = await openCsv(path);
  const plan = planColumns(csv.headers, mapping);
  for await (const records of recordBatches(csv, skip, size)) {
    yield { ...readBatch(records, plan), records: records.length, bytesRead: csv.bytesRead() };
  }
}
