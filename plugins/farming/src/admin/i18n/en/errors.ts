/** Refusals of the server in the user's words. */
export const errors = {
  errors: {
    offline: "No connection to the server. Check the network and try again.",
    forbidden: "You do not have the right to do this.",
    notFound: "It is no longer there: perhaps somebody removed it. Reload the page.",
    conflict: "Somebody changed this in the meantime. Reload the page.",
    badInput: "Check the values you entered.",
    precondition: "This cannot be done right now.",
    signedOut: "Your session has ended. Sign in again.",
    tooMany: "Too many requests. Wait a moment and try again.",
    unknown: "Something went wrong. Try again.",
    dealWon: "The deal is won and no longer changes.",
    dealLost: "The deal is lost: return it to work first.",
    dealOpen: "The deal is already open.",
    invoicedAlready: "The deal already has invoice {number}.",
    lostNote: "Say in a few words why the deal was lost.",
    notServed: "Farming does not serve this client yet: it has no purchases.",
    offerTaken: "A deal was already created from this offer.",
    offerGone: "This offer is no longer among the client's offers.",
    farmerNotMember: "The farmer must be a member of the organisation.",
    nameDeal: "Name the deal.",
  },
} as const;
