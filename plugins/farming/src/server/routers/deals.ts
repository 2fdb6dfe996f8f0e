import { router } from "@quartet/core/trpc";

/** Farming's deals procedures. */
export const dealsRouter = router({});
