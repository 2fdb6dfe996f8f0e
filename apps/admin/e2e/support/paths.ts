import { fileURLToPath } from "node:url";

/** The admin app's folder; the server is started from here. */
export const adminDir = fileURLToPath(new URL("../../", import.meta.url));

/** The built app the server serves at `/`. */
export const distDir = fileURLToPath(new URL("../../dist/", import.meta.url));

/** Where screenshots go (ignored by git). */
export const artifactsDir = fileURLToPath(new URL("../../test-artifacts/", import.meta.url));
