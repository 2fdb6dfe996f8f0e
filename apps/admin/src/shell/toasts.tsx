import { ToastRegion } from "@quartet/ui";

/** The toast region, loaded after the first paint so its code stays out of the initial bundle. */
export default ToastRegion;
