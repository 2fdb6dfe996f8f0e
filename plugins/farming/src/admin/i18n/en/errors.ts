/** What the admin says itself when a call fails; the server words its own refusals. */
export const errors = {
  errors: {
    offline: "No connection to the server. Check the network and try again.",
  },
} as const;
