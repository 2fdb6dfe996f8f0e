import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { dirname } from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { DomainError, importMessages } from "@quartet/core";

/** The largest CSV file an import accepts: 512 MB. */
export const maxImportBytes = 512 * 1024 * 1024;

/** The text encodings an uploaded CSV may be in; the stored copy is always UTF-8. */
export type SourceEncoding = "utf-8" | "windows-1251";

/**
 * Streams an upload to `path` with a size cap (PAYLOAD_TOO_LARGE past `maxBytes`, nothing left
 * behind). A file that is not valid UTF-8 is taken for Windows-1251 (Excel's Russian default) and
 * rewritten as UTF-8, so every later reader sees UTF-8 (with or without a BOM).
 */
export async function storeUpload(
  body: AsyncIterable<Uint8Array>,
  path: string,
  maxBytes: number = maxImportBytes,
): Promise<{ bytes: number; encoding: SourceEncoding }> {
  await mkdir(dirname(path), { recursive: true });
  const part = `${path}.part`;
  const utf8 = new TextDecoder("utf-8", { fatal: true });
  let bytes = 0;
  let valid = true;
  const check = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (bytes > maxBytes) {
        done(
          new DomainError("PAYLOAD_TOO_LARGE", importMessages.fileTooLarge, {
            params: { megabytes: Math.floor(maxBytes / 2 ** 20) },
          }),
        );
        return;
      }
      if (valid) {
        try {
          utf8.decode(chunk, { stream: true });
        } catch {
          valid = false;
        }
      }
      done(null, chunk);
    },
  });
  try {
    await pipeline(body, check, createWriteStream(part));
    if (bytes === 0) throw new DomainError("BAD_INPUT", importMessages.fileEmpty);
    if (valid) {
      try {
        utf8.decode();
      } catch {
        valid = false;
      }
    }
    if (valid) {
      await rename(part, path);
      return { bytes, encoding: "utf-8" };
    }
    await pipeline(createReadStream(part), cp1251ToUtf8(), createWriteStream(path));
    return { bytes, encoding: "windows-1251" };
  } finally {
    await rm(part, { force: true });
  }
}

// Windows-1251 is one byte a character, so chunks decode independently.
function cp1251ToUtf8(): Transform {
  const decoder = new TextDecoder("windows-1251");
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      done(null, Buffer.from(decoder.decode(chunk), "utf8"));
    },
  });
}
