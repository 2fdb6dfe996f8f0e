import type { forms } from "../../../db/channels.ts";
import type { FormSubmission } from "../../../domain/form-payload.ts";
import type { ProspectingContext } from "../../context.ts";
import { receiveRequest } from "../inbox/receive-request.ts";

/** Turns a validated form post into an inbound request (channel web-form). */
export async function acceptFormPost({
  ctx,
  input,
}: {
  ctx: ProspectingContext;
  input: { form: typeof forms.$inferSelect; submission: FormSubmission };
}) {
  const { form, submission } = input;
  return ctx.org.write(ctx.actor, (scope) =>
    receiveRequest(
      scope,
      {
        source: form.source,
        channel: "web-form",
        utm: submission.utm,
        consent: submission.consent,
        rawPayload: { fields: submission.fields, page: submission.page, consentText: form.consentText },
        contact: submission.contact,
        message: submission.message,
        formId: form.id,
      },
      ctx.clock.now(),
    ),
  );
}
