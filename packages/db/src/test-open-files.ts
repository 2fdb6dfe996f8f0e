import { readdirSync, readlinkSync } from "node:fs";

/** Test helper: the paths this process holds open (one per descriptor, `/proc/self/fd`) that start with `prefix`. */
export function filesHeldOpen(prefix: string): string[] {
  return readdirSync("/proc/self/fd").flatMap((fd) => {
    try {
      const path = readlinkSync(`/proc/self/fd/${fd}`);
      return path.startsWith(prefix) ? [path] : [];
    } catch {
      return []; // closed while listed
    }
  });
}
