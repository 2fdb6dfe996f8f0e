import type { Host } from "../host/create-host.ts";
import { createRegistryService, type RegistryService } from "./registry-service.ts";

const services = new WeakMap<Host, RegistryService>();

/** The host's registry service, made on first use (its rate-limit windows live as long as the host). */
export function registryOf(host: Host): RegistryService {
  let service = services.get(host);
  if (!service) {
    service = createRegistryService({
      installations: host.installations,
      runtime: host.runtime,
      clock: host.clock,
      baseUrl: host.config.registryUrl,
    });
    services.set(host, service);
  }
  return service;
}
