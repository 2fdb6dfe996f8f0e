import { showToast } from "@quartet/ui";
import type { AppI18n } from "../i18n/index.ts";
import { failureOf } from "./server-errors.ts";
import { failureText } from "./server-messages.ts";

/**
 * Runs a one-click action (revoke, remove, pause…) and reports the outcome in a toast: the
 * success title, or the server's reason in the user's language. Resolves true on success.
 */
export async function runAction(
  i18n: AppI18n,
  action: () => Promise<unknown>,
  success?: string,
): Promise<boolean> {
  try {
    await action();
    if (success) showToast({ title: success, tone: "success" });
    return true;
  } catch (error) {
    showToast({ title: failureText(i18n, failureOf(error)), tone: "error" });
    return false;
  }
}
