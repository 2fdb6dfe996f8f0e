import { corePermissions } from "@quartet/core";
import { protectedProcedure, router } from "@quartet/core/trpc";
import { storedPbx } from "../../telephony/connection.ts";
import { dialerOf } from "../../telephony/dialer.ts";
import {
  listExtensions,
  removeExtension,
  removeExtensionInput,
  setExtension,
  setExtensionInput,
} from "../../telephony/extensions.ts";
import { saveTelephonySettings, saveTelephonySettingsInput } from "../../telephony/save-settings.ts";
import { telephonySettingsView } from "../../telephony/settings-view.ts";
import { startCall, startCallInput } from "../../telephony/start-call.ts";

const manage = protectedProcedure(corePermissions.orgManage.id);
const read = protectedProcedure(corePermissions.orgRead.id);
const call = protectedProcedure(corePermissions.telephonyCall.id);

/**
 * `core.telephony`: the organisation's cloud PBX (settings and extensions need
 * `core.org.manage`; the list of extensions `core.org.read`) and click-to-call as the current
 * member (`startCall`, permission `core.telephony.call`; tRPC reserves `call` as a name).
 */
export const telephonyRouter = router({
  settings: router({
    get: manage.query(async ({ ctx }) =>
      telephonySettingsView(await storedPbx(ctx.org.db), ctx.locale ?? "en"),
    ),
    save: manage
      .input(saveTelephonySettingsInput)
      .mutation(({ ctx, input }) => saveTelephonySettings(ctx.service, input, ctx.locale ?? "en")),
  }),
  extensions: router({
    list: read.query(({ ctx }) => listExtensions({ ctx: ctx.service, people: ctx.host.people })),
    set: manage
      .input(setExtensionInput)
      .mutation(({ ctx, input }) => setExtension({ ctx: ctx.service, people: ctx.host.people }, input)),
    remove: manage
      .input(removeExtensionInput)
      .mutation(({ ctx, input }) => removeExtension({ ctx: ctx.service }, input)),
  }),
  startCall: call.input(startCallInput).mutation(({ ctx, input }) => startCall(ctx.service, input)),
  /** Whether the current member dials through the PBX (a PBX connected and an extension of theirs). */
  dialer: call.query(({ ctx }) => dialerOf(ctx.service)),
});
