import { showToast } from "./toast.tsx";

/**
 * Runs a one-click action and reports the outcome in a toast: `success` when it is done, the
 * refusal worded by `failureText` otherwise. Resolves to whether it succeeded.
 *
 * @example await runWithToast(() => api.deals.move.mutate(input), { success: t("moved"), failureText: errorText })
 */
export async function runWithToast(
  action: () => Promise<unknown>,
  words: { success?: string | undefined; failureText: (error: unknown) => string },
): Promise<boolean> {
  try {
    await action();
    if (words.success) showToast({ title: words.success, tone: "success" });
    return true;
  } catch (error) {
    showToast({ title: words.failureText(error), tone: "error" });
    return false;
  }
}
