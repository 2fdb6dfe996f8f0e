import { callEnded } from "@quartet/core";
import { defineSubscriber } from "@quartet/core/plugin";
import type { ProspectingSettings } from "../../contracts/settings.ts";
import type { ProspectingPorts } from "../context.ts";
import type { CallEnded } from "../services/pbx/call-ended.ts";
import { clearMissedCalls } from "../services/pbx/clear-missed-calls.ts";
import { noteDialledCall } from "../services/pbx/note-dialled-call.ts";
import { openPhoneRequest } from "../services/pbx/open-phone-request.ts";

/**
 * Core's `core.call.ended` in prospecting: a call a caller dialled fills their call record
 * (`noteDialledCall`), an answered outbound call clears the missed calls from that number, and an
 * inbound call from an unknown number opens a request (a missed one with a callback task). Each
 * step is idempotent, so a redelivery changes nothing.
 */
export function onCallEnded(ports: ProspectingPorts) {
  return defineSubscriber<CallEnded, ProspectingSettings>({
    name: "call-ended",
    event: callEnded,
    async handle(ctx, event) {
      const call = event.payload;
      const now = ctx.clock.now();
      await noteDialledCall(ctx.scope, call, now);
      if (call.direction === "outbound" && call.disposition === "answered" && call.to) {
        await clearMissedCalls(ctx.scope, call.to, now);
      }
      await openPhoneRequest({ ...ctx, ports }, ctx.scope, call);
    },
  });
}
