/**
 * The version of Quartet this core belongs to: `@quartet/core`'s own package version (a test keeps
 * them equal). A plugin's manifest names the Quartet versions it supports (`quartet: "^0.1.0"`), and
 * the host checks that range against this at boot.
 */
export const QUARTET_VERSION = "0.1.0";
