import { createSignal } from "solid-js";
import { errorText } from "../errors/error-text.ts";

/**
 * A form's submit state: `busy` while its action runs, then the refusal (if any) in the user's
 * language as `error`; `setError` shows a check of the form's own.
 *
 * @example const form = createFormRun(); void form.run(() => api.deals.create.mutate(input));
 */
export function createFormRun() {
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (cause) {
      setError(errorText(cause));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, setError, run };
}
