import { router } from "@quartet/core/trpc";

/** Farming's accounts procedures. */
export const accountsRouter = router({});
