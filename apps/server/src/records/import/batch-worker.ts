// Worker thread of `readBatches`: parses and validates the next batch while the main thread writes the last one.
import { parentPort, workerData } from "node:worker_threads";
import { isDomainError } from "@quartet/core";
import { openCsv } from "./csv-file.ts";
import { type Mapping, planColumns } from "./mapping.ts";
import { readBatch, recordBatches } from "./row-batches.ts";

const input = workerData as { path: string; mapping: Mapping; skip: number; size: number };
const port = parentPort;

try {
  const csv = await openCsv(input.path);
  const plan = planColumns(csv.headers, input.mapping);
  const batches = recordBatches(csv, input.skip, input.size);
  port?.on("message", async (message: "next" | "close") => {
    if (message === "close") {
      await batches.return(undefined);
      port.close();
      return;
    }
    try {
      const next = await batches.next();
      if (next.done) port.postMessage({ done: true });
      else
        port.postMessage({
          batch: { ...readBatch(next.value, plan), records: next.value.length, bytesRead: csv.bytesRead() },
        });
    } catch (error) {
      port.postMessage({ error: errorOf(error) });
    }
  });
  port?.postMessage({ ready: true });
} catch (error) {
  port?.postMessage({ error: errorOf(error) });
}

function errorOf(error: unknown) {
  return isDomainError(error)
    ? { code: error.code, message: error.message, fields: error.fields }
    : { code: "INTERNAL", message: String((error as Error)?.message ?? error) };
}
