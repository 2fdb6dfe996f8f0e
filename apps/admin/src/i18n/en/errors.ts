/** Errors: the server's messages in words a user reads, and what to say when nothing answers. */
export const errors = {
  network: "The server does not answer. Check your connection and try again.",
  internal: "Something went wrong on the server. Try again; if it repeats, tell your administrator.",
  forbidden: "Your role does not allow this.",
  signInFirst: "Your session has ended. Sign in again.",
  unknown: "Something went wrong: {message}",
  fields: {
    nameOrg: "Name the organisation",
  },
} as const;
