import type { Host } from "../host/create-host.ts";
import type { RegistryService } from "./registry-service.ts";

/** The host's registry service: one per host, so its rate-limit windows are shared by every caller (the import too). */
export function registryOf(host: Host): RegistryService {
  return host.companyRegistry;
}
