/** What the admin says itself when a call fails; the server words its own refusals. */
export const errors = {
  errors: {
    offline: "The server could not be reached. Check the connection and try again.",
  },
} as const;
