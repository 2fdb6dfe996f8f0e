/**
 * What the PBX told about a call on the timeline: which way it went, the other party's number
 * (who called in, or whom the member called; null when the PBX gave none), how it ended, whether
 * it was recorded.
 */
export type PbxCallFacts = {
  direction: "inbound" | "outbound";
  number: string | null;
  disposition: "answered" | "no-answer" | "busy" | "failed" | "cancelled" | null;
  recorded: boolean;
};

const dispositions = new Set(["answered", "no-answer", "busy", "failed", "cancelled"]);

/**
 * The PBX facts of a call entry (`data.pbx`, written by the telephony hook), or null for a call
 * a person logged by hand.
 *
 * @example pbxCallFacts({ pbx: { direction: "inbound", disposition: "busy", recorded: false } })
 */
export function pbxCallFacts(data: unknown): PbxCallFacts | null {
  const pbx = typeof data === "object" && data !== null ? (data as { pbx?: unknown }).pbx : undefined;
  if (typeof pbx !== "object" || pbx === null) return null;
  const { direction, disposition, recorded, from, to } = pbx as Record<string, unknown>;
  if (direction !== "inbound" && direction !== "outbound") return null;
  const number = direction === "inbound" ? from : to;
  return {
    direction,
    number: typeof number === "string" && number !== "" ? number : null,
    disposition:
      typeof disposition === "string" && dispositions.has(disposition)
        ? (disposition as PbxCallFacts["disposition"])
        : null,
    recorded: recorded === true,
  };
}

/**
 * Where the browser plays a call's recording: the server checks the member may see the client and
 * redirects to the provider's fresh link (`org` because an `<audio>` element sends no header).
 *
 * @example recordingUrl("act_1", "org_1") // "/api/v1/telephony/recordings/act_1?org=org_1"
 */
export function recordingUrl(entryId: string, orgId: string): string {
  return `/api/v1/telephony/recordings/${encodeURIComponent(entryId)}?org=${encodeURIComponent(orgId)}`;
}
