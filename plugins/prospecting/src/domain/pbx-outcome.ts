import type { CallDisposition } from "@quartet/core";
import type { Disposition } from "./dispositions.ts";

/**
 * The outcome the call screen pre-selects from the PBX's word on a dialled call, so the caller
 * only confirms it: nobody picked up (no answer, cancelled, failed) → `no-answer`, busy → `busy`;
 * an answered call pre-selects nothing — the caller says how the conversation went.
 *
 * @example outcomeOfPbx("busy") // "busy"
 */
export function outcomeOfPbx(disposition: CallDisposition | null): Disposition | null {
  switch (disposition) {
    case "busy":
      return "busy";
    case "no-answer":
    case "cancelled":
    case "failed":
      return "no-answer";
    case "answered":
    case null:
      return null;
  }
}

/** True when the PBX says the client picked up. */
export function pbxConnected(disposition: CallDisposition | null): boolean {
  return disposition === "answered";
}
