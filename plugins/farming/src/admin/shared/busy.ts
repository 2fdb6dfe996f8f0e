import { createSignal } from "solid-js";
import { errorText } from "./error-text.ts";

/**
 * A form's or button's running state: `run` marks it busy while `action` runs and hands a refusal,
 * in words, to `onError`. Resolves to whether the action succeeded.
 *
 * @example const saving = createBusy(); await saving.run(() => api.deals.create.mutate(input), setError);
 */
export function createBusy() {
  const [busy, setBusy] = createSignal(false);
  const run = async (action: () => Promise<unknown>, onError: (text: string) => void): Promise<boolean> => {
    setBusy(true);
    try {
      await action();
      return true;
    } catch (error) {
      onError(errorText(error));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}
