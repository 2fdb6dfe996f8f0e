import { showToast } from "@quartet/ui";
import { errorText } from "../errors/error-text.ts";

/**
 * Runs a server call for a button: a toast with `success` when it is done, the refusal in the
 * user's language otherwise. Resolves to whether it succeeded.
 */
export async function run(action: () => Promise<unknown>, success?: string): Promise<boolean> {
  try {
    await action();
    if (success) showToast({ title: success, tone: "success" });
    return true;
  } catch (error) {
    showToast({ title: errorText(error), tone: "error" });
    return false;
  }
}
