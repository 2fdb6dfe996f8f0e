/**
 * How a plugin types by hand the procedures of a router it cannot import (core's, whose router
 * type lives in the server app): only the calls and fields its screens use.
 *
 * @example type CoreView = { org: { get: QueryCall<void, { defaultCurrency: string }> } };
 */
export type QueryCall<I, O> = { query: (input: I) => Promise<O> };

/** A mutation of a router typed by hand; see `QueryCall`. */
export type MutationCall<I, O> = { mutate: (input: I) => Promise<O> };
