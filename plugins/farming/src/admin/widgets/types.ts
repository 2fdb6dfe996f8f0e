import type { FarmingOutputs } from "../api.ts";

/** The client widget's data as `accounts.client` answers it. */
export type ClientFarming = FarmingOutputs["accounts"]["client"];

/** The account part, when farming serves the client. */
export type ClientAccount = NonNullable<ClientFarming["account"]>;
