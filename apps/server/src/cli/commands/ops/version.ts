import { readFileSync } from "node:fs";

/** The version of this Quartet build (the server package's), recorded in backups. */
export const quartetVersion: string = (
  JSON.parse(readFileSync(new URL("../../../../package.json", import.meta.url), "utf8")) as {
    version: string;
  }
).version;
