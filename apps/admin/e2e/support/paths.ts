import { fileURLToPath } from "node:url";

/** The admin app's folder; the server is started from here. */
export const adminDir = fileURLToPath(new URL("../../", import.meta.url));

/** The built app the server serves at `/`; `QUARTET_E2E_DIST` points at another build (`vite build --outDir …`). */
export const distDir = process.env.QUARTET_E2E_DIST ?? fileURLToPath(new URL("../../dist/", import.meta.url));

/** Where screenshots go (ignored by git). */
export const artifactsDir = fileURLToPath(new URL("../../test-artifacts/", import.meta.url));
