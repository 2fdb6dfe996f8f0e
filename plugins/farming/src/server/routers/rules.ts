import { router } from "@quartet/core/trpc";

/** Farming's rules procedures. */
export const rulesRouter = router({});
