import type { ClientRow } from "./find-client.ts";
import { type Owners, ownersOf } from "./owners.ts";

/** A client as the API shows it: the stored fields with the four owners as one object. */
export type ClientView = Omit<
  ClientRow,
  "nameNormalized" | "prospectingOwnerId" | "firstSaleOwnerId" | "farmingOwnerId" | "vipOwnerId"
> & { owners: Owners };

/** The API view of a stored client. */
export function clientView(row: ClientRow): ClientView {
  const {
    nameNormalized: _,
    prospectingOwnerId: _p,
    firstSaleOwnerId: _f,
    farmingOwnerId: _fa,
    vipOwnerId: _v,
    ...rest
  } = row;
  return { ...rest, owners: ownersOf(row) };
}
