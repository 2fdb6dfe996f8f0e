import satisfies from "semver/functions/satisfies.js";
import validRange from "semver/ranges/valid.js";
import { QUARTET_VERSION } from "../version.ts";

/**
 * What is wrong with a plugin's `quartet` member — the Quartet versions it supports, a semver range
 * such as `^0.1.0` — against this Quartet (`QUARTET_VERSION`), or undefined when it admits it. The
 * sentence continues `Plugin "<id>" …`. A missing member is no problem here: the host warns about it
 * at boot and loads the plugin. A pre-release of Quartet counts as its line (`>=0.1.0` admits
 * `0.2.0-rc.1`).
 *
 * @example supportedVersionsProblem("^1.0.0", "0.1.0") // 'supports Quartet ^1.0.0, and this is Quartet 0.1.0'
 */
export function supportedVersionsProblem(
  range: unknown,
  version: string = QUARTET_VERSION,
): string | undefined {
  if (range === undefined) return undefined;
  if (typeof range !== "string" || range.trim() === "" || validRange(range) === null) {
    return `has quartet "${String(range)}": a semver range of the Quartet versions it supports (e.g. ^${version}) is required`;
  }
  if (!satisfies(version, range, { includePrerelease: true })) {
    return `supports Quartet ${range}, and this is Quartet ${version}`;
  }
  return undefined;
}
