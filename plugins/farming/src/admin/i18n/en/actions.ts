/** Farming's button in a client card and its dialog. */
export const actions = {
  expansionAction: {
    open: "Create an expansion deal",
    title: "Expansion deal: {client}",
    created: "Expansion deal “{title}” created",
  },
} as const;
