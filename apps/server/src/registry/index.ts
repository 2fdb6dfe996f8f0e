export { createDadataRegistry, dadataUrl } from "./dadata-adapter.ts";
export { registryOf } from "./for-host.ts";
export { createRegistryService, type Lookup, type RegistryService } from "./registry-service.ts";
