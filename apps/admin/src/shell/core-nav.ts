import { IconActivity, type NavEntry } from "@quartet/ui";

/** The sidebar entries of the app itself; plugin entries follow them. Labels are dictionary keys. */
export const coreNav: readonly NavEntry[] = [{ path: "/", label: "nav.status", icon: IconActivity }];
