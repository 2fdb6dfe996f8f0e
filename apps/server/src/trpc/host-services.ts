import type { Host } from "../host/create-host.ts";

declare module "@quartet/core/trpc" {
  interface HostServices {
    /** The running host: lifecycle, dispatcher, organisations. */
    host: Host;
    /** People, organisations, roles, API keys and staffing. */
    people: Host["people"];
  }
}
