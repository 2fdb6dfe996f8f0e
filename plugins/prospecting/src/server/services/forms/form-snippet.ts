import { embedSnippet } from "../../../domain/embed-snippet.ts";
import type { ProspectingContext } from "../../context.ts";
import { getForm } from "./list-forms.ts";
import { publicUrlOf } from "./public-url.ts";

/** The form's endpoint and a copy-paste snippet for the website. */
export async function formSnippet({
  ctx,
  input,
}: {
  ctx: ProspectingContext;
  input: { formId: string; publicUrl?: string | null };
}) {
  const form = await getForm({ ctx, input });
  const endpoint = `${publicUrlOf(ctx, input.publicUrl)}/hooks/prospecting/forms/${form.key}`;
  return { endpoint, html: embedSnippet(form, endpoint) };
}
