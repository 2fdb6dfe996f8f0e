import { router } from "@quartet/core/trpc";

/** Farming's stats procedures. */
export const statsRouter = router({});
