import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { Plugin } from "vite";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** What is worth compressing: text. Images and fonts in `assets/` are compressed already. */
const compressible = /\.(?:js|mjs|css|svg|json|html|txt|map)$/;

/**
 * Writes `<file>.br` (brotli, quality 11) and `<file>.gz` (gzip, level 9) beside every text asset of
 * the build's `assets/` folder, so the server sends the smallest form the browser accepts without
 * compressing anything per request (`apps/server/src/http/precompressed-assets.ts`). A compressed
 * form no smaller than the file is not written: the server then sends the file itself.
 */
export function precompressAssets(): Plugin {
  return {
    name: "quartet:precompress-assets",
    apply: "build",
    async writeBundle(options, bundle) {
      const outDir = options.dir ?? "dist";
      const files = Object.values(bundle).filter(
        (file) => file.fileName.startsWith("assets/") && compressible.test(file.fileName),
      );
      await Promise.all(
        files.map(async (file) => {
          const source = file.type === "chunk" ? Buffer.from(file.code) : Buffer.from(file.source);
          const [br, gz] = await Promise.all([
            brotli(source, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
              },
            }),
            gzipAsync(source, { level: constants.Z_BEST_COMPRESSION }),
          ]);
          const path = join(outDir, file.fileName);
          if (br.length < source.length) await writeFile(`${path}.br`, br);
          if (gz.length < source.length) await writeFile(`${path}.gz`, gz);
        }),
      );
    },
  };
}
