/** First sale's button in a client card and its dialog. */
export const actions = {
  newDeal: {
    open: "Create a deal",
    title: "New deal for {client}",
    dealTitle: "Title (optional, the client's name otherwise)",
    estimate: "Estimate, ₽",
    badAmount: "Give the amount in roubles, e.g. 150 000",
    submit: "Create the deal",
    created: "Deal “{title}” created",
  },
} as const;
