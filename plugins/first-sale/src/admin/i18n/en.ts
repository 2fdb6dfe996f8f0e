/** First sale's English texts. */
export const en = {
  nav: { deals: "Deals" },
  board: {
    title: "Deals",
    pipeline: "Pipeline",
    empty: "No pipeline yet",
    noDeals: "No deals",
    weighted: "weighted {sum}",
    newDeal: "New deal",
    rotting: "Rotting",
    hint: "Focus a card and press [ or ] (or the arrow keys) to move it to the previous or next stage.",
    moved: "Moved to “{stage}”",
    loadFailed: "Could not load the board",
  },
  create: {
    title: "New deal",
    client: "Client (search by name)",
    chooseClient: "Choose a client from the list",
    chosen: "Client: {name}",
    dealTitle: "Title",
    estimate: "Estimate, ₽",
    submit: "Create",
    cancel: "Cancel",
  },
  widget: { title: "Deals" },
  lost: {
    title: "Why was the deal lost?",
    reason: "Reason",
    note: "Note",
    submit: "Mark lost",
    cancel: "Cancel",
  },
} as const;
