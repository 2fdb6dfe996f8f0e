import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { DomainError, importMessages } from "@quartet/core";
import { parse } from "csv-parse";
import { type CsvDelimiter, sniffDelimiter, uniqueHeaders } from "./csv-dialect.ts";

/** A stored CSV opened for reading: its headers and a stream of data records. */
export type CsvFile = {
  headers: string[];
  delimiter: CsvDelimiter;
  /** Data records (the header excluded), in file order; breaking out of the loop closes the file. */
  records: AsyncGenerator<string[]>;
  /** Bytes read from disk so far, for progress. */
  bytesRead(): number;
};

/**
 * Opens a stored (UTF-8) CSV: sniffs the delimiter from the header line, then streams records
 * through csv-parse — memory stays at a few chunks, whatever the file's size.
 */
export async function openCsv(path: string): Promise<CsvFile> {
  const delimiter = sniffDelimiter(await firstLine(path));
  const input = createReadStream(path, { highWaterMark: 256 * 1024 });
  const parser = input.pipe(
    parse({ delimiter, bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }),
  );
  const iterator = parser[Symbol.asyncIterator]() as AsyncIterator<string[]>;
  const first = await iterator.next().catch((cause: unknown) => {
    input.destroy();
    throw new DomainError("BAD_INPUT", importMessages.notCsv, { cause });
  });
  if (first.done) {
    input.destroy();
    throw new DomainError("BAD_INPUT", importMessages.noHeader);
  }
  async function* records(): AsyncGenerator<string[]> {
    try {
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        yield next.value;
      }
    } finally {
      input.destroy();
      parser.destroy();
    }
  }
  return {
    headers: uniqueHeaders(first.value),
    delimiter,
    records: records(),
    bytesRead: () => input.bytesRead,
  };
}

async function firstLine(path: string): Promise<string> {
  const file = await open(path, "r");
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
    const text = buffer
      .subarray(0, bytesRead)
      .toString("utf8")
      .replace(/^\uFEFF/, "");
    return text.split(/\r?\n/, 1)[0] ?? "";
  } finally {
    await file.close();
  }
}
